// The build's last pass over an article page: the deferred boot script, hydration data and all,
// goes to a file beside the page, and the CSP stops allowing an inline script that is gone.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { externaliseBoot } from '$lib/hydrate/externalise.js';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
// A script text with what a string replacement would read as patterns in it: kept verbatim.
const KIT = `{ __sveltekit_abc = {}; import("./_app/immutable/entry/start.js"); const d = "$& $' $1"; }`;
const BOOT = 'boot();';
const policy = (...hashes: string[]) =>
	`default-src 'self'; script-src 'self' ${hashes.join(' ')}; style-src 'self' 'sha256-style='`;
const page = (kit = KIT) => `<!doctype html><html><head>
<meta http-equiv="content-security-policy" content="${policy(hash(BOOT), hash(kit))}">
</head><body><div class="app-root"><main>Text</main>
<script type="df/deferred" data-slug="a-slug">${kit}</script></div><script>${BOOT}</script></body></html>`;

describe('externaliseBoot', () => {
	const out = externaliseBoot(page(), 'a-slug')!;

	it('moves the script text, byte for byte, to a file named for the page and its text', () => {
		expect(out.script).toBe(KIT);
		expect(out.file).toMatch(/^a-slug\.boot\.[0-9a-f]{10}\.js$/);
		expect(externaliseBoot(page(`${KIT} `), 'a-slug')!.file).not.toBe(out.file);
	});

	it('leaves an empty inert script in its place that names the file beside the page', () => {
		expect(out.html).toContain(
			`<script type="df/deferred" data-slug="a-slug" data-src="./${out.file}"></script>`
		);
		expect(out.html).not.toContain('__sveltekit_abc');
		// Everything else is as it was.
		expect(out.html.replace(/<script type="df\/deferred"[^>]*><\/script>/, '')).toBe(
			page()
				.replace(/<script type="df\/deferred"[\s\S]*?<\/script>/, '')
				.replace(` ${hash(KIT)}`, '')
		);
	});

	it('takes the moved script’s hash out of the policy and keeps every other source', () => {
		expect(out.html).toContain(`content="${policy(hash(BOOT))}"`);
		expect(out.html).not.toContain(hash(KIT));
	});

	it('leaves a page with no deferred script alone', () => {
		const embed = '<html><body><script>{ __sveltekit_abc = {} }</script></body></html>';
		expect(externaliseBoot(embed, 'money')).toBeNull();
	});
});
