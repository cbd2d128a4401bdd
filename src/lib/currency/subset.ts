/**
 * `subsetTable`: the few rows of a `RateTable` a page needs, so the browser never gets the full series.
 *
 * Input: the full table, the dates the page converts at, and the currencies it shows (default all).
 * Output: a `RateTable` on which `convert` gives identical results (value, rate, fixing date,
 * `afterSeriesEnd`, and the same errors with the same messages) for every requested date and every
 * pair and source among those currencies. For each pair it keeps the fixing on or before each date,
 * plus the pair's first and last fixings, so `before-series` names the same range and `latest` and
 * the after-end flag behave the same. Rows are copied whole (for the chosen currencies): a copied row
 * can never create a fixing that the full table does not have between a kept fixing and its date.
 */

import { CURRENCY_CODES, ECB_QUOTED, type CurrencyCode } from './codes';
import { parseIsoDate } from './dates';
import { lastOnOrBefore, pairSeries } from './series';
import type { RateSource } from './sources';
import type { RateTable, Series } from './table';

export function subsetTable(
	table: RateTable,
	dates: readonly string[],
	currencies: readonly CurrencyCode[] = CURRENCY_CODES
): RateTable {
	dates.forEach(parseIsoDate);
	const rows = new Set<number>();
	const keep = (from: CurrencyCode, to: CurrencyCode, source: RateSource) => {
		const pair = pairSeries(table, from, to, source);
		const first = pair.rows[0];
		const last = pair.rows[pair.rows.length - 1];
		if (first !== undefined) rows.add(first);
		if (last !== undefined) rows.add(last);
		for (const d of dates) {
			const row = pair.rows[lastOnOrBefore(pair.dates, d)];
			if (row !== undefined) rows.add(row);
		}
	};
	const chosen = CURRENCY_CODES.filter((c) => currencies.includes(c));
	// Presence of a fixing is symmetric in the pair, so one direction per pair is enough.
	chosen.forEach((a, i) => chosen.slice(i + 1).forEach((b) => keep(a, b, 'ECB')));
	const withFed = chosen.includes('USD') && chosen.includes('JPY') && table.fed !== undefined;
	if (withFed) keep('USD', 'JPY', 'FED_H10');

	const order = [...rows].sort((x, y) => x - y);
	const pick = (series: Series) => order.map((i) => series[i] ?? null);
	const ecb: RateTable['ecb'] = {};
	for (const c of ECB_QUOTED) {
		const series = table.ecb[c];
		if (chosen.includes(c) && series) ecb[c] = pick(series);
	}
	const subset: RateTable = { dates: order.map((i) => table.dates[i] as string), ecb };
	if (withFed && table.fed) subset.fed = pick(table.fed);
	return subset;
}
