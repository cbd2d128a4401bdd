/**
 * `npm run preview` as a static host: a Vite plugin whose middleware answers before Vite's and
 * SvelteKit's own preview handlers. Why not `preview.headers`: Vite applies those only in its own
 * file handler, and SvelteKit's handler answers every page first, so no page got them. SvelteKit's
 * handler also lists the files once at start (a rebuild's new chunks were 404s) and gives every
 * page one ETag. Here every response gets `securityHeaders`, files come from `build/` as they are
 * now, and what `build/` lacks falls through to SvelteKit (its 404 page, its redirects).
 */
import type { Plugin } from 'vite';
// With extensions: vite.config.ts loads these files natively, before any bundler resolves paths.
import { headersMiddleware, staticFiles } from './static.ts';

export function staticPreview(options: { dir?: string; base?: string } = {}): Plugin {
	const { dir = 'build', base = '' } = options;
	return {
		name: 'defence-figures:static-preview',
		// Vite's preview answers cross-origin requests from anywhere (ACAO *) unless told not to;
		// a static host sends no CORS headers, and nothing here needs them.
		config: () => ({ preview: { cors: false } }),
		configurePreviewServer(server) {
			// Added here, not in a returned post hook, so they run before every built-in handler.
			server.middlewares.use(headersMiddleware(base));
			server.middlewares.use(staticFiles(dir, base));
		}
	};
}
