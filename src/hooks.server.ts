/**
 * Puts each prerendered chart drawing into its slot in the page's HTML. The drawings are made by the
 * page's load at build time and kept in `locals`, never in the page data, so the HTML carries them
 * once and the client's data does not carry them at all. The slot is an empty element Svelte never
 * fills, so hydration leaves the drawing alone until the live chart replaces it. An article page
 * also hydrates only on the reader's first intent (see $lib/hydrate/defer.ts).
 */
import type { Handle } from '@sveltejs/kit';
import { deferHydration } from '$lib/hydrate/defer';
import { fillPlotSlots } from '$lib/server/plot-slots';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const { plots, hydrateOnIntent } = event.locals;
			const filled = plots ? fillPlotSlots(html, plots) : html;
			return hydrateOnIntent ? deferHydration(filled, hydrateOnIntent) : filled;
		}
	});
