/**
 * `subsetTable`: the few rows of a `RateTable` a page needs, so the browser never gets the full series.
 *
 * Input: the full table, the dates the page converts at, and the currencies it shows (default all).
 * Output: a `RateTable` on which `convert` and `coverage` give identical results (value, rate, fixing
 * date, source, `afterSeriesEnd`, ranges, and the same errors with the same messages) for every
 * requested date and every pair among those currencies, by the default rule and by each source. For
 * each pair and each way of answering it, it keeps the first and last fixing of every stretch (so
 * `before-series` names the same range, `latest` and the after-end flag behave the same, and the
 * switch from Fed H.10 to ECB falls on the same day) and the fixing each date takes. Rows are copied
 * whole (for the chosen currencies): a copied row can never create a fixing that the full table does
 * not have between a kept fixing and its date.
 */

import { CURRENCY_CODES, ECB_QUOTED, type CurrencyCode } from './codes';
import { locate, spans } from './coverage';
import { parseIsoDate } from './dates';
import { CurrencyError } from './errors';
import { RATE_SOURCES, type RateSource } from './sources';
import type { H10Other, RateTable, Series } from './table';

export function subsetTable(
	table: RateTable,
	dates: readonly string[],
	currencies: readonly CurrencyCode[] = CURRENCY_CODES
): RateTable {
	dates.forEach(parseIsoDate);
	const rows = new Set<number>();
	const keep = (from: CurrencyCode, to: CurrencyCode, source?: RateSource) => {
		let stretches;
		try {
			stretches = spans(table, from, to, source);
		} catch (e) {
			if (e instanceof CurrencyError) return; // a pair this source does not publish, or no data
			throw e;
		}
		for (const s of stretches) rows.add(s.first).add(s.last);
		for (const d of dates) {
			const hit = locate(table, stretches, d);
			if (hit) rows.add(hit.row);
		}
	};
	const chosen = CURRENCY_CODES.filter((c) => currencies.includes(c));
	// Presence of a fixing is symmetric in the pair, so one direction per pair is enough.
	chosen.forEach((a, i) =>
		chosen.slice(i + 1).forEach((b) => [undefined, ...RATE_SOURCES].forEach((s) => keep(a, b, s)))
	);

	const order = [...rows].sort((x, y) => x - y);
	const pick = (series: Series) => order.map((i) => series[i] ?? null);
	const subset: RateTable = { dates: order.map((i) => table.dates[i] as string), ecb: {} };
	for (const c of ECB_QUOTED) {
		const series = table.ecb[c];
		if (chosen.includes(c) && series) subset.ecb[c] = pick(series);
	}
	if (chosen.includes('JPY') && chosen.length > 1 && table.fed) subset.fed = pick(table.fed);
	const h10 = Object.entries(table.h10 ?? {}) as [H10Other, Series][];
	for (const [c, series] of h10) {
		if (chosen.includes(c)) (subset.h10 ??= {})[c] = pick(series);
	}
	return subset;
}
