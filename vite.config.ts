import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { themeCss } from './src/lib/theme/css.ts';

/** Serves the design tokens as a stylesheet, so CSS and the charts read one definition. */
function themeStylesheet(): Plugin {
	const id = 'virtual:theme.css';
	return {
		name: 'defence-figures:theme',
		resolveId: (source) => (source === id ? id : null),
		load: (source) => (source === id ? themeCss() : null)
	};
}

/**
 * Headers for `npm run preview`, and the ones to set on any static host (see README, Deploying).
 * The CSP itself ships in each page's <meta> tag (kit.csp); `frame-ancestors` cannot live in a meta
 * tag, so framing is refused here instead.
 */
export const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'X-Frame-Options': 'DENY',
	'Content-Security-Policy': "frame-ancestors 'none'",
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin'
};

export default defineConfig({
	plugins: [themeStylesheet(), sveltekit()],
	preview: { headers: SECURITY_HEADERS },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		setupFiles: ['tests/unit/setup.ts'],
		environment: 'node'
	}
});
