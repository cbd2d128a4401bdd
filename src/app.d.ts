// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			/** Chart id → its prerendered drawings, set by an article page's load (see hooks.server.ts). */
			plots?: Record<string, string>;
		}
	}
}

export {};
