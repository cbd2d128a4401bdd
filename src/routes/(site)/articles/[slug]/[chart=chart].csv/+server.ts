// A chart's permanent data: the same CSV as the page's "Download CSV", in the default view.
import { error } from '@sveltejs/kit';
import { chartCsvFile, chartEntries } from '$lib/server/published';

export const prerender = true;
export const entries = chartEntries;

export function GET({ params }) {
	const csv = chartCsvFile(params.slug, params.chart);
	if (!csv) error(404, 'No such chart');
	return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
