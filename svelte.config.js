import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { withExternalBoot } from './src/lib/hydrate/adapter.js';

// The article pages' inline boot script (src/lib/hydrate/defer.ts), allowed by its hash: the same
// bytes the page inlines, so an edit to the script cannot leave the policy behind.
const boot = readFileSync(new URL('./src/lib/hydrate/boot.js', import.meta.url), 'utf8');
const bootHash = /** @type {`sha256-${string}`} */ (
	`sha256-${createHash('sha256').update(boot).digest('base64')}`
);

/** Where adapter-static writes the site (its default), and where the boot pass then reads it. */
const OUT = 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// An article page's deferred boot script, with its hydration data, is moved from the HTML to a
		// file beside it once the pages are written (src/lib/hydrate/externalise.js).
		adapter: withExternalBoot(adapter({ strict: true, pages: OUT, assets: OUT }), OUT),
		// The stylesheets (about 22 KB, 6 KB gzipped on an article page) go inline in the HTML: a
		// phone then paints the page without waiting on another round trip for them.
		inlineStyleThreshold: 16384,
		prerender: {
			// Two routes may have nothing to write: later index pages (50 articles or fewer) and
			// per-chart PNGs (a build option, PUBLISH_PNG=1). Any other unseen route fails the build.
			handleUnseenRoutes: ({ routes }) => {
				const optional = [
					'/(site)/articles/page/[n=page]',
					'/(site)/articles/[slug]/[chart=chart].png'
				];
				const unseen = routes.filter((r) => !optional.includes(r));
				if (unseen.length) throw new Error(`Routes not prerendered: ${unseen.join(', ')}`);
			}
		},
		// Hashes, not nonces: the site is prerendered, so every inline script is known at build time.
		// Article text is rendered as text, and nothing else may inject script or style.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', bootHash],
				// SvelteKit's route announcer is the one element with an inline style attribute. Allow
				// exactly that attribute by hash; every other inline style stays refused. The browser
				// tests fail on any CSP violation, so a kit upgrade that changes it is caught.
				'style-src': [
					'self',
					'unsafe-hashes',
					'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
				],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
