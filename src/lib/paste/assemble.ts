/**
 * The browser's `articlePageData`: a pasted article, its analysis and the rate series in, the
 * `DashboardData` the built-in dashboard draws out. Pure. A pasted article has no editorial notes,
 * claims file or reference context, so events, context and claims are empty and the guideline null.
 */
import type { ArticleMeta } from '$lib/articles/schema';
import { subsetTable } from '$lib/currency/subset';
import type { RateTable } from '$lib/currency/table';
import type { DashboardData } from '$lib/view/dashboard';
import type { Analysis } from './analyse';
import { slugFor } from './article-file';
import type { RateDate } from './rate-date';

export interface PastedInput {
	meta: ArticleMeta;
	text: string;
	analysis: Analysis;
	/** The full series (or what could be loaded); the page gets the subset it needs. */
	rates: RateTable;
	rateDate: RateDate;
	/** Extra notices, e.g. that extraction ran on the main thread. */
	notes?: string[];
}

export function assembleDashboard(input: PastedInput): DashboardData {
	const { meta, text, analysis, rateDate } = input;
	const rates = input.rates.dates.length ? subsetTable(input.rates, [rateDate.on]) : input.rates;
	return {
		slug: slugFor(meta.title),
		meta,
		// Before the rate series there is no fixing on the article's date; conversions use the
		// nearest day, and the notice says so.
		ratesOn: rateDate.on,
		text,
		sentences: analysis.sentences,
		figures: analysis.figures,
		events: [],
		context: [],
		guideline: null,
		rates,
		claims: [],
		warnings: [
			...(rateDate.notice ? [rateDate.notice] : []),
			...analysis.warnings,
			...(input.notes ?? [])
		]
	};
}
