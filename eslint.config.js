import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * Pure folders run the same in the build, the browser, the CLI and the tests, so they may not reach
 * for a framework, the DOM, the network, storage or the file system; loaders at the edges do that
 * (`src/lib/server`, `src/lib/browser`, `src/lib/storage`, `src/lib/paste`'s worker glue).
 */
const PURE = [
	'figures',
	'currency',
	'articles',
	'charts',
	'claims',
	'reference',
	'page',
	'notes',
	'edits',
	'view',
	'encoding'
];
const IMPURE_MODULES = [
	{ group: ['svelte', 'svelte/*', '*.svelte'], message: 'Pure modules do not import Svelte.' },
	{ group: ['$app/*', '@sveltejs/*'], message: 'Pure modules do not import SvelteKit.' },
	{ group: ['node:*', 'fs', 'path', 'os'], message: 'Pure modules do not touch Node.' },
	{
		group: ['$lib/server/*', '$lib/browser/*', '$lib/storage/*', '**/server/*', '**/browser/*'],
		message: 'Pure modules take data from loaders; they do not import them.'
	}
];
const IMPURE_GLOBALS = ['window', 'document', 'navigator', 'fetch', 'XMLHttpRequest', 'indexedDB']
	.concat(['localStorage', 'sessionStorage', 'Worker', 'BroadcastChannel', 'location'])
	.map((name) => ({ name, message: `Pure modules do not use ${name}; a loader passes data in.` }));
const pureBoundaries = [
	{
		files: PURE.map((dir) => `src/lib/${dir}/**/*.ts`),
		rules: {
			'no-restricted-imports': ['error', { patterns: IMPURE_MODULES }],
			'no-restricted-globals': ['error', ...IMPURE_GLOBALS]
		}
	},
	{
		// Charts draw what they are given: claims are checked elsewhere and never shape a chart.
		files: ['src/lib/charts/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						...IMPURE_MODULES,
						{
							group: ['$lib/claims', '$lib/claims/*', '**/claims/*'],
							message: 'Charts do not import claims.'
						}
					]
				}
			]
		}
	}
];

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: { 'no-undef': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Article text must never reach the DOM as markup.
		rules: { 'svelte/no-at-html-tags': 'error' }
	},
	{
		// `const { slug: _slug, ...rest } = data` is how a field is left out of a copy.
		rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] }
	},
	...pureBoundaries,
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] }
);
