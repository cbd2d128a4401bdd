// The paste path without its browser loaders: the year of rates the page fetches, extraction as
// the worker runs it, the page builder as the paste page calls it.
import type { ArticleMeta } from '$lib/articles/schema';
import type { RateTable } from '$lib/currency/table';
import { buildPageData } from '$lib/page/build';
import type { PageData } from '$lib/page/model';
import { analyse } from '$lib/page/analyse';
import { pastedSources } from '$lib/paste/sources';
import { rateYearFor, yearTable } from '$lib/currency/years';
import { loadRates } from '$lib/server/rates';

export function pastedPage(
	meta: ArticleMeta,
	text: string,
	rates: RateTable = yearTable(loadRates(), rateYearFor(loadRates(), meta.published)),
	notices: string[] = []
): PageData {
	const extraction = analyse({ text, published: meta.published });
	return buildPageData(pastedSources({ meta, text, extraction, rates, notices }));
}
