// A chart's permanent PNG at 2×: the same image as the page's "Download PNG", in the default view.
import { error } from '@sveltejs/kit';
import { chartEntries, chartPng, publishesPng } from '$lib/server/published';

export const prerender = true;
export const entries = () => (publishesPng() ? chartEntries() : []);

export function GET({ params }) {
	const png = chartPng(params.slug, params.chart);
	if (!png) error(404, 'No such chart');
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
