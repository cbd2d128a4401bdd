/**
 * The lazily loaded half of the paste page: everything between "Show dashboard" and the data the
 * dashboard draws. Imported with `import()` on first use, so neither the built-in dashboard nor the
 * paste form's first load carries extraction, the rate series or the worker glue.
 */
import type { ArticleMeta } from '$lib/articles/schema';
import { subsetTable } from '$lib/currency/subset';
import type { RateTable } from '$lib/currency/table';
import type { DashboardData } from '$lib/view/dashboard';
import { loadFullRates } from '$lib/view/rates';
import { assembleDashboard } from './assemble';
import { rateDateFor } from './rate-date';
import { runAnalysis } from './run-analysis';

const NO_RATES: RateTable = { dates: [], ecb: {} };

/** `ratesUrl` is the full series' address, which the page resolves against the site's base path. */
export async function pastedDashboard(
	meta: ArticleMeta,
	text: string,
	ratesUrl: string
): Promise<DashboardData> {
	const notes: string[] = [];
	let full = NO_RATES;
	try {
		full = await loadFullRates(ratesUrl);
	} catch (e) {
		notes.push(`The exchange rates could not be loaded (${(e as Error).message}).`);
	}
	const rateDate = rateDateFor(full, meta.published);
	// The worker only ranks amounts at one date; send it that date's rows, not the whole series.
	const table = full.dates.length ? subsetTable(full, [rateDate.on]) : NO_RATES;
	const run = await runAnalysis({ text, published: meta.published, table, on: rateDate.on });
	if (run.where === 'main thread') {
		notes.push(
			'Figures were found on the main thread because a background worker could not start.'
		);
	}
	return assembleDashboard({ meta, text, analysis: run.analysis, rates: full, rateDate, notes });
}
