/**
 * The browser's loader for a pasted article: its year of rates from the network, extraction in a Web
 * Worker, then the one page builder the build also uses. Imported with `import()` on first use, so
 * neither the built-in dashboard nor the paste form's first load carries extraction, the rate series
 * or the worker glue.
 */
import type { ArticleMeta } from '$lib/articles/schema';
import { loadRateFile } from '$lib/browser/rates';
import type { RateTable } from '$lib/currency/table';
import { buildPageData } from '$lib/page/build';
import type { PageData } from '$lib/page/model';
import { runAnalysis } from './run-analysis';
import { pastedSources } from './sources';

const NO_RATES: RateTable = { dates: [], ecb: {} };

export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `ratesUrl` is the address of the rates of the article's year, resolved by the page. */
export async function pastedPageData(
	meta: ArticleMeta,
	text: string,
	ratesUrl: string
): Promise<PageData> {
	const notices: string[] = [];
	let rates = NO_RATES;
	const [loaded, run] = await Promise.all([
		loadRateFile(ratesUrl).catch((e: Error) => e),
		runAnalysis({ text, published: meta.published, language: meta.language })
	]);
	// A new task: the worker's reply (10,000 figures to deserialize) and the page builder would
	// otherwise run in one long task, with drawing the dashboard after them.
	await nextTask();
	if (loaded instanceof Error) {
		notices.push(`The exchange rates could not be loaded (${loaded.message}).`);
	} else rates = loaded;
	if (run.where === 'main thread') {
		notices.push(
			'Figures were found on the main thread because a background worker could not start.'
		);
	}
	return buildPageData(pastedSources({ meta, text, extraction: run.extraction, rates, notices }));
}
