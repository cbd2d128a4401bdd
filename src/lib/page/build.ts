/**
 * The one page builder: every article page is built here, whichever path it comes by (the build's
 * prerender, the paste page, `npm run export`, the tests). Pure: loaders hand in `PageSources`, and
 * the same sources give the same `PageData` whether a file system or a browser loaded them.
 *
 * The rules every article gets, in order: the day rates are taken on (the article's date, moved to
 * the first fixing when it is older than the data, with a notice); the page keeps only that day's
 * fixings; editorial notes label figures and add events, and their other edits (hidden, corrected,
 * retitled) travel as `edits` for the dashboard to apply with a reader's own; each chart keeps at
 * most `CHART_CAP` figures of its type (with a notice); the notes' reference values and series are
 * looked up; claims are checked against the raw extraction, so a relabelling or correcting note
 * cannot change a verdict.
 */
import { checkClaims } from '$lib/claims/evaluate';
import { rateDayFor } from '$lib/currency/rate-day';
import { subsetTable } from '$lib/currency/subset';
import { DEFAULT_STATE } from '$lib/state/url';
import { applyNotes } from '$lib/notes/apply';
import { capFigures, moneySize } from './cap';
import { chartSeries, referenceContext } from './context';
import { pageCurrencies } from './currencies';
import type { PageData, PageSources } from './model';

export function buildPageData(src: PageSources): PageData {
	const { meta, text, extraction } = src;
	const day = rateDayFor(
		src.rates,
		pageCurrencies(extraction.figures, DEFAULT_STATE.currency),
		meta.published
	);
	const rates = src.rates.dates.length ? subsetTable(src.rates, [day.on]) : src.rates;
	const noted = applyNotes(text, extraction.sentences, extraction.figures, src.notes);
	const capped = capFigures(noted.figures, moneySize(rates, day.on));
	const context = referenceContext(src.notes, src.reference);
	const charted = chartSeries(src.notes, src.reference, { rates, on: day.on });
	return {
		slug: src.slug,
		meta,
		text,
		sentences: extraction.sentences,
		figures: capped.figures,
		events: noted.events,
		notes: src.notes,
		edits: noted.edits,
		statedRates: extraction.rates,
		context: context.context,
		guideline: context.guideline,
		ratesOn: day.on,
		rates,
		series: charted.series,
		claims: checkClaims(src.claims, {
			...extraction,
			published: meta.published,
			reference: src.reference,
			rates
		}),
		warnings: [
			...(day.notice ? [day.notice] : []),
			...capped.warnings,
			...context.warnings,
			...charted.warnings,
			...src.notices
		]
	};
}
