// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			/** Chart id → its prerendered drawings, set by an article page's load (see hooks.server.ts). */
			plots?: Record<string, string>;
			/** The article's slug, when its page hydrates on the reader's first intent (hooks.server.ts). */
			hydrateOnIntent?: string;
		}
	}
}

declare module 'svelte/elements' {
	interface HTMLLinkAttributes {
		/** `render` holds the first paint for a `rel="expect"` link's target (ArticlePage.svelte). */
		blocking?: 'render' | null;
	}
}

export {};
