/**
 * The empty `.df-plot` slots Chart.svelte renders, filled with their chart's drawing. Only a slot
 * exactly as the component writes it is filled; a chart with no drawing keeps its empty slot.
 */
const SLOT = /<div class="df-plot" data-plot="([a-z]+)"><\/div>/g;

export function fillPlotSlots(html: string, plots: Readonly<Record<string, string>>): string {
	return html.replace(SLOT, (slot, id: string) => {
		const drawing = Object.hasOwn(plots, id) ? plots[id] : undefined;
		return drawing ? `<div class="df-plot" data-plot="${id}">${drawing}</div>` : slot;
	});
}
