/**
 * Per-pair fixing series and the on-or-before lookup behind every conversion.
 *
 * A day is a fixing day for a pair only if both legs have a value that day, so each pair gets its own
 * series of (date, rate) built once per table and cached in a WeakMap keyed by the table object (the
 * table stays plain JSON). `rate` is units of `to` per 1 `from`: ECB pairs cross through EUR
 * (to-per-EUR ÷ from-per-EUR), Fed H.10 publishes only JPY per USD. Lookups are binary searches.
 */

import type { CurrencyCode } from './codes';
import { CurrencyError } from './errors';
import { RATE_SOURCE_SHORT_NAMES, type RateSource } from './sources';
import type { RateTable, Series } from './table';

export interface PairSeries {
	dates: string[];
	rates: number[];
	/** Row index in the table of each fixing, so a subset can copy exactly those rows. */
	rows: number[];
}

const cache = new WeakMap<RateTable, Map<string, PairSeries>>();

/** Per-EUR values for one currency; EUR is 1 on every row so only the other leg decides. */
function leg(table: RateTable, code: CurrencyCode): Series | 'one' | undefined {
	return code === 'EUR' ? 'one' : table.ecb[code];
}

function build(table: RateTable, from: CurrencyCode, to: CurrencyCode, source: RateSource) {
	const pair: PairSeries = { dates: [], rates: [], rows: [] };
	let at: (i: number) => number | null;
	if (source === 'FED_H10') {
		const isUsdJpy = from === 'USD' && to === 'JPY';
		if (!(isUsdJpy || (from === 'JPY' && to === 'USD'))) {
			throw new CurrencyError(
				'unsupported-pair',
				`${RATE_SOURCE_SHORT_NAMES.FED_H10} rates cover only USD and JPY, not ${from}→${to}; use ECB`
			);
		}
		const fed = table.fed ?? [];
		at = (i) => {
			const v = fed[i] ?? null;
			return v === null ? null : isUsdJpy ? v : 1 / v;
		};
	} else {
		const f = leg(table, from);
		const t = leg(table, to);
		at = (i) => {
			const fv = f === 'one' ? 1 : (f?.[i] ?? null);
			const tv = t === 'one' ? 1 : (t?.[i] ?? null);
			return fv === null || tv === null ? null : tv / fv;
		};
	}
	for (let i = 0; i < table.dates.length; i++) {
		const rate = at(i);
		if (rate === null) continue;
		pair.dates.push(table.dates[i] as string);
		pair.rates.push(rate);
		pair.rows.push(i);
	}
	return pair;
}

/** The fixings of one ordered pair; throws `unsupported-pair` for a pair the source does not publish. */
export function pairSeries(
	table: RateTable,
	from: CurrencyCode,
	to: CurrencyCode,
	source: RateSource
): PairSeries {
	let byPair = cache.get(table);
	if (!byPair) cache.set(table, (byPair = new Map()));
	const key = `${source}:${from}:${to}`;
	let pair = byPair.get(key);
	if (!pair) byPair.set(key, (pair = build(table, from, to, source)));
	return pair;
}

/** Index of the last date on or before `on` in ascending `dates`, or -1 if `on` precedes them all. */
export function lastOnOrBefore(dates: readonly string[], on: string): number {
	let lo = 0;
	let hi = dates.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if ((dates[mid] as string) <= on) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

/** First and last fixing dates of a pair; throws `no-data` when the table has none for it. */
export function seriesRange(
	table: RateTable,
	from: CurrencyCode,
	to: CurrencyCode,
	source: RateSource
): { start: string; end: string } {
	const { dates } = pairSeries(table, from, to, source);
	const start = dates[0];
	const end = dates[dates.length - 1];
	if (start === undefined || end === undefined) {
		throw new CurrencyError(
			'no-data',
			`The rate table holds no ${RATE_SOURCE_SHORT_NAMES[source]} rates for ${from}→${to}`
		);
	}
	return { start, end };
}
