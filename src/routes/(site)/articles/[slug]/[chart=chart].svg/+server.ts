// A chart's permanent SVG: the same image as the page's "Download SVG", in the default view.
import { error } from '@sveltejs/kit';
import { chartEntries, chartSvg } from '$lib/server/published';

export const prerender = true;
export const entries = chartEntries;

export function GET({ params }) {
	const svg = chartSvg(params.slug, params.chart);
	if (!svg) error(404, 'No such chart');
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}
