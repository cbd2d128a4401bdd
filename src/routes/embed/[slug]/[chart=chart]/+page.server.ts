// One chart for other sites to frame: its page data, drawn at build time like the article page.
import { error } from '@sveltejs/kit';
import type { ChartId } from '$lib/charts/spec';
import { pagePlots } from '$lib/server/page-plots';
import { chartEntries, published } from '$lib/server/published';

export const entries = chartEntries;

export function load({ params, locals, isDataRequest }) {
	const found = published(params.slug);
	if (!found?.view.charts.some((c) => c.id === params.chart)) error(404, 'No such chart');
	if (!isDataRequest) {
		const to = { page: `/articles/${params.slug}`, target: '_blank' } as const;
		locals.plots = pagePlots(found.view, to, params.chart);
	}
	return { page: found.data, chart: params.chart as ChartId };
}
