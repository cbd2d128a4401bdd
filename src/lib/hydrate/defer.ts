/**
 * Build time: turns a prerendered article page into one that hydrates on the reader's first intent.
 * The page already shows everything a reader needs without scripts (text, charts drawn as SVG,
 * tables, figure links), so loading and running the app before anyone touches it only delays the
 * first paint and blocks a phone's main thread. Here SvelteKit's own boot script is kept, byte for
 * byte (its CSP hash still matches), but marked inert; its module preloads are renamed so nothing is
 * fetched; and `boot.js` is added, which restores both on the first pointer, touch, key or focus.
 */
import BOOT from './boot.js?raw';

/** SvelteKit's inline boot script: the one that starts with its `__sveltekit_<hash>` global. */
const KIT_SCRIPT = /<script>(?=\s*\{\s*__sveltekit_[a-z0-9]+ = )/;
const PRELOAD = / rel="modulepreload"/g;

/** The boot script's text: what the page inlines and what svelte.config.js hashes for the CSP. */
export const BOOT_SCRIPT = BOOT;

/**
 * The page with its hydration deferred, or unchanged when it has no SvelteKit boot script (then
 * tests/e2e/hydrate.spec.ts fails, so a kit upgrade that reshapes that script is seen). `slug` names
 * the article whose saved edits make the page hydrate at once.
 */
export function deferHydration(html: string, slug: string): string {
	if (!KIT_SCRIPT.test(html) || !html.includes('</body>')) return html;
	const attr = slug.replace(/[^a-z0-9-]/g, '');
	return html
		.replace(KIT_SCRIPT, `<script type="df/deferred" data-slug="${attr}">`)
		.replace(PRELOAD, ' rel="df-modulepreload"')
		.replace('</body>', `<script>${BOOT_SCRIPT}</script></body>`);
}
