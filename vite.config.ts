import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { staticPreview } from './src/host/preview.ts';
import { themeCss } from './src/lib/theme/css.ts';
import svelteConfig from './svelte.config.js';
import { MOCKING } from './tests/unit/mocking.ts';

/** Serves the design tokens as a stylesheet, so CSS and the charts read one definition. */
function themeStylesheet(): Plugin {
	const id = 'virtual:theme.css';
	return {
		name: 'defence-figures:theme',
		resolveId: (source) => (source === id ? id : null),
		load: (source) => (source === id ? themeCss() : null)
	};
}

export default defineConfig({
	// The preview serves build/ with the headers of src/host/headers.ts (README, Deploying).
	plugins: [
		themeStylesheet(),
		staticPreview({ base: svelteConfig.kit?.paths?.base ?? '' }),
		sveltekit()
	],
	test: {
		setupFiles: ['tests/unit/setup.ts'],
		environment: 'node',
		// Most test files share one module graph per worker: the project's pure modules hold no
		// state a test changes, and loading them once per worker rather than once per file cuts the
		// unit run from about 100 s to about 45 s here. A file that mocks a module runs alone, so
		// its mock cannot reach another file.
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: MOCKING,
					isolate: false
				}
			},
			{ extends: true, test: { name: 'mocking', include: MOCKING } }
		]
	}
});
