import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BOOT_SCRIPT, deferHydration } from '$lib/hydrate/defer';
import config from '../../../svelte.config.js';

// The shape of SvelteKit 2's prerendered page: module preloads in the head, and its boot script,
// which starts with the `__sveltekit_<hash>` global, at the end of the body.
const KIT = `{
					__sveltekit_8h1jrq = {
						base: new URL(".", location).pathname.slice(0, -1)
					};
					const element = document.currentScript.parentElement;
				}`;
const page = (boot = KIT) => `<!doctype html><html><head>
<link href="./_app/immutable/entry/start.js" rel="modulepreload">
<link href="./_app/immutable/chunks/a.js" rel="modulepreload">
<link rel="preload" as="font" type="font/woff2" href="/f.woff2" crossorigin="anonymous"/>
</head><body><div>
<main>Text</main>
<script>${boot}</script>
</div></body></html>`;

describe('deferHydration', () => {
	const html = deferHydration(page(), 'afp-2023-12-23-japan-patriot-exports');

	it('marks the kit script inert and keeps its text byte for byte (its CSP hash still holds)', () => {
		expect(html).toContain(
			`<script type="df/deferred" data-slug="afp-2023-12-23-japan-patriot-exports">${KIT}</script>`
		);
		expect(html).not.toContain(`<script>${KIT}`);
	});

	it('renames every module preload, so nothing is fetched before the first intent', () => {
		expect(html).not.toContain('rel="modulepreload"');
		expect(html.match(/<link [^>]*rel="df-modulepreload">/g)).toHaveLength(2);
		// Other preloads (the text face) are left alone.
		expect(html).toContain('<link rel="preload" as="font"');
	});

	it('adds the boot script once, last in the body', () => {
		expect(html.split(BOOT_SCRIPT)).toHaveLength(2);
		expect(html).toMatch(new RegExp(`<script>[\\s\\S]*</script></body>`));
		expect(html.indexOf(BOOT_SCRIPT)).toBeGreaterThan(html.indexOf('df/deferred'));
	});

	it('leaves a page without the kit boot script unchanged', () => {
		const other = page('console.log(1)');
		expect(deferHydration(other, 'x')).toBe(other);
		// A look-alike that is not the kit's global is not taken for it.
		const near = page('{ __sveltekit_dev_tools = 1 }');
		expect(deferHydration(near, 'x')).toBe(near);
	});

	it('keeps only slug characters in the attribute', () => {
		expect(deferHydration(page(), 'a"><script>x')).toContain('data-slug="ascriptx"');
	});
});

describe('the CSP', () => {
	it('allows the boot script by the hash of the exact text the page inlines', () => {
		const hash = `sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}`;
		const scriptSrc = config.kit?.csp?.directives?.['script-src'] as string[];
		expect(scriptSrc).toEqual(['self', hash]);
	});
});
