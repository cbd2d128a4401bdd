/**
 * The fixings of one currency pair in one source, and the on-or-before lookup behind every conversion.
 *
 * A day is a fixing day for a pair only if both legs have a value that day. Each leg is a currency's
 * value against the source's anchor: ECB legs are units per 1 EUR (EUR itself is 1), Fed H.10 legs
 * units per 1 USD (USD is 1; EUR, GBP, AUD and NZD are published the other way up, see `h10.ts`).
 * `rate` is units of `to` per 1 `from`, one division of the published numbers, so ECB crosses come
 * out exactly as to-per-EUR ÷ from-per-EUR. Only each pair's first and last fixing rows are cached
 * (per table, in a WeakMap, so tables stay plain JSON); a lookup is a binary search over the table's
 * dates and a short step back over holidays, so 23 currencies never build 500 pair series. Pure.
 */

import { ECB_QUOTED, type CurrencyCode } from './codes';
import { CurrencyError } from './errors';
import { perUsd } from './h10';
import { RATE_SOURCE_SHORT_NAMES, type RateSource } from './sources';
import type { RateTable } from './table';

// Kept here too: pages and tests import the range from this module.
export { seriesRange } from './coverage';

/** A currency's value against the anchor on row i, as numerator and denominator, or null. */
type Leg = (i: number) => readonly [number, number] | null;

const ONE = [1, 1] as const;
const ECB_CURRENCIES: readonly CurrencyCode[] = ['EUR', ...ECB_QUOTED];

function leg(table: RateTable, code: CurrencyCode, source: RateSource, pair: string): Leg {
	if (source === 'ECB') {
		if (code === 'EUR') return () => ONE;
		if (!ECB_CURRENCIES.includes(code)) {
			throw new CurrencyError(
				'unsupported-pair',
				`ECB rates here cover only ${ECB_CURRENCIES.join(', ')}, not ${pair}; use FED_H10`
			);
		}
		const s = table.ecb[code as (typeof ECB_QUOTED)[number]];
		return (i) => {
			const v = s?.[i] ?? null;
			return v === null ? null : [v, 1];
		};
	}
	if (code === 'USD') return () => ONE;
	const s = code === 'JPY' ? table.fed : table.h10?.[code];
	return (i) => {
		const v = s?.[i] ?? null;
		return v === null ? null : perUsd(code, v);
	};
}

export interface PairFixings {
	/** Units of `to` per 1 `from` on row i, or null when either leg has no value. */
	rateAt(i: number): number | null;
	/** First and last rows with a fixing; -1 when the table has none for this pair. */
	first: number;
	last: number;
}

const cache = new WeakMap<RateTable, Map<string, PairFixings>>();

/** The fixings of one ordered pair; throws `unsupported-pair` for a pair the source does not publish. */
export function pairFixings(
	table: RateTable,
	from: CurrencyCode,
	to: CurrencyCode,
	source: RateSource
): PairFixings {
	let byPair = cache.get(table);
	if (!byPair) cache.set(table, (byPair = new Map()));
	const key = `${source}:${from}:${to}`;
	const hit = byPair.get(key);
	if (hit) return hit;
	const [f, t] = [
		leg(table, from, source, `${from}→${to}`),
		leg(table, to, source, `${from}→${to}`)
	];
	const rateAt = (i: number) => {
		const a = f(i);
		const b = t(i);
		return a === null || b === null ? null : (b[0] * a[1]) / (b[1] * a[0]);
	};
	let first = 0;
	while (first < table.dates.length && rateAt(first) === null) first++;
	let last = table.dates.length - 1;
	while (last >= first && rateAt(last) === null) last--;
	const pair = first > last ? { rateAt, first: -1, last: -1 } : { rateAt, first, last };
	byPair.set(key, pair);
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

/** Row of the pair's last fixing on or before `on` (at most `last`), or -1 before its first. */
export function fixingRow(table: RateTable, pair: PairFixings, on: string): number {
	if (pair.first < 0) return -1;
	let i = Math.min(lastOnOrBefore(table.dates, on), pair.last);
	while (i >= pair.first && pair.rateAt(i) === null) i--;
	return i < pair.first ? -1 : i;
}

/** The `no-data` error: the table (often a page subset) has no fixing of this pair at all. */
export function noData(from: CurrencyCode, to: CurrencyCode, source: RateSource): CurrencyError {
	const name = RATE_SOURCE_SHORT_NAMES[source];
	return new CurrencyError('no-data', `The rate table holds no ${name} rates for ${from}→${to}`);
}
