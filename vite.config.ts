import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { staticPreview } from './src/host/preview.ts';
import { themeCss } from './src/lib/theme/css.ts';
import svelteConfig from './svelte.config.js';

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
		include: ['tests/unit/**/*.test.ts'],
		setupFiles: ['tests/unit/setup.ts'],
		environment: 'node'
	}
});
