/**
 * Puts each prerendered chart drawing into its slot in the page's HTML. The drawings are made by the
 * page's load at build time and kept in `locals`, never in the page data, so the HTML carries them
 * once and the client's data does not carry them at all. The slot is an empty element Svelte never
 * fills, so hydration leaves the drawing alone until the live chart replaces it.
 */
import type { Handle } from '@sveltejs/kit';
import { fillPlotSlots } from '$lib/server/plot-slots';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			event.locals.plots ? fillPlotSlots(html, event.locals.plots) : html
	});
