// @ts-check
/**
 * Build time, once the pages are written: moves an article page's deferred SvelteKit boot script
 * (marked inert by ./defer.ts) out of the HTML into a file beside the page, which boot.js loads on
 * the reader's first intent. A string in, a string and a file's text out; the adapter (./adapter.js)
 * does the reading and writing.
 *
 * Why: that script carries the page's hydration data, 30 KB (8 KB gzipped) on the default article,
 * and nobody needs it before the first intent. Without it the default page's HTML is 38.5 KB gzipped
 * rather than 44.9: it then arrives within the first two round trips of a new connection's slow
 * start (14.6 KB, then 29.2 KB more, in Lighthouse's model of a phone), not three. In Lighthouse
 * the first paint waits for the whole document: it came 170 ms sooner over 8 runs (1054 → 884 ms
 * simulated).
 *
 * The file sits beside the page, not under /_app/, because the script's imports are relative
 * ("./_app/…" from `/`, "../_app/…" from `/articles/<slug>`), and a classic script's import()
 * resolves against the script's own URL. Its name carries a hash of its text, so HTML from one
 * build can never load the data of another.
 */
import { createHash } from 'node:crypto';

const DEFERRED = /<script type="df\/deferred"([^>]*)>([\s\S]*?)<\/script>/;
const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/** @param {string} text */
const sha256 = (text) => createHash('sha256').update(text).digest();

/**
 * The page with its deferred boot script moved out, and the file to write beside it; null for a
 * page that has none (embeds, the index, the paste page).
 *
 * @param {string} html a prerendered page, after ./defer.ts
 * @param {string} stem the page file's name without `.html` (`index`, `<slug>`)
 * @returns {{ html: string, file: string, script: string } | null}
 */
export function externaliseBoot(html, stem) {
	const found = DEFERRED.exec(html);
	if (!found) return null;
	const [tag, attrs = '', script = ''] = found;
	const digest = sha256(script);
	const file = `${stem}.boot.${digest.toString('hex').slice(0, 10)}.js`;
	// SvelteKit allowed the inline script by its hash; with no such script left, the policy need
	// not allow one. Exactly that source is taken out, nothing else.
	const allowed = ` 'sha256-${digest.toString('base64')}'`;
	const out = html
		.replace(tag, () => `<script type="df/deferred"${attrs} data-src="./${file}"></script>`)
		.replace(CSP_META, (meta, policy) => meta.replace(policy, () => policy.replace(allowed, '')));
	return { html: out, file, script };
}
