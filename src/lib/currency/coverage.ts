/**
 * Which source answers for a pair on a day, and the range each source covers.
 *
 * Rule: the ECB is the source for the pairs it publishes (EUR, USD, JPY, GBP, KRW, CNY among
 * themselves), from its first fixing on: the ECB-derived JPY/USD of 22 Dec 2023 stays 142.12, and a
 * date after the ECB data ends takes the last ECB fixing, as it always has. Days before the ECB data
 * starts (2012 in our file) take the Fed H.10 fixing, the only one we have for them. Every other pair
 * is Fed H.10 throughout, crossed through USD, so one rate never mixes two publishers. An explicit
 * `source` uses that source alone. `coverage` lists the stretches in date order with the source of
 * each, so a notice or an error can say which source ends when. Pure.
 */

import { ECB_QUOTED, type CurrencyCode } from './codes';
import { fixingRow, lastOnOrBefore, noData, pairFixings, type PairFixings } from './series';
import type { RateSource } from './sources';
import type { RateTable } from './table';

const ECB_CURRENCIES: readonly CurrencyCode[] = ['EUR', ...ECB_QUOTED];

/** The source a pair uses by default: the ECB where it publishes both legs, else Fed H.10. */
export function defaultSource(from: CurrencyCode, to: CurrencyCode): RateSource {
	return ECB_CURRENCIES.includes(from) && ECB_CURRENCIES.includes(to) ? 'ECB' : 'FED_H10';
}

export interface CoverageSpan {
	source: RateSource;
	/** First and last fixing dates of this source within the stretch. */
	start: string;
	end: string;
}

export interface Coverage {
	from: CurrencyCode;
	to: CurrencyCode;
	start: string;
	end: string;
	/** Stretches in date order; the last one's source is the one whose end is the data's end. */
	spans: CoverageSpan[];
}

/** A stretch with the rows it may use, for lookups. */
export interface Span extends CoverageSpan {
	pair: PairFixings;
	first: number;
	last: number;
}

/** The stretches a pair is answered from; throws `no-data` when none has a fixing. */
export function spans(
	table: RateTable,
	from: CurrencyCode,
	to: CurrencyCode,
	source?: RateSource
): Span[] {
	const main = source ?? defaultSource(from, to);
	const primary = pairFixings(table, from, to, main);
	const out: Span[] = [];
	if (primary.first >= 0) out.push(span(table, main, primary, primary.first, primary.last));
	if (source === undefined && main === 'ECB') {
		const fed = pairFixings(table, from, to, 'FED_H10');
		const start = out[0]?.start;
		// The Fed's fixings before the ECB's first, or all of them when the table has no ECB ones.
		let last = start === undefined ? fed.last : lastOnOrBefore(table.dates, start) - 1;
		while (last >= fed.first && fed.rateAt(last) === null) last--;
		if (fed.first >= 0 && last >= fed.first)
			out.unshift(span(table, 'FED_H10', fed, fed.first, last));
	}
	if (out.length === 0) throw noData(from, to, main);
	return out;
}

function span(
	table: RateTable,
	source: RateSource,
	pair: PairFixings,
	first: number,
	last: number
) {
	const [start, end] = [table.dates[first] as string, table.dates[last] as string];
	return { source, start, end, pair, first, last };
}

/** For a pair and a source (or the default rule), the stretches of data and who publishes each. */
export function coverage(
	table: RateTable,
	from: CurrencyCode,
	to: CurrencyCode,
	source?: RateSource
): Coverage {
	return toCoverage(from, to, spans(table, from, to, source));
}

export function toCoverage(from: CurrencyCode, to: CurrencyCode, stretches: Span[]): Coverage {
	const s = stretches.map(({ source, start, end }) => ({ source, start, end }));
	return { from, to, start: s[0]!.start, end: s.at(-1)!.end, spans: s };
}

/** The fixing a day takes: the stretch it falls in (the last one after the end), or null before all. */
export function locate(table: RateTable, stretches: Span[], on: string) {
	const at = stretches.findLastIndex((s) => s.start <= on);
	const s = stretches[at];
	if (!s) return null;
	const row = fixingRow(table, { ...s.pair, first: s.first, last: s.last }, on);
	const rate = s.pair.rateAt(row);
	return rate === null
		? null
		: { source: s.source, row, rate, rateDate: table.dates[row] as string };
}

/** First and last fixing dates of a pair (in one source, or by the default rule); `no-data` if none. */
export function seriesRange(
	table: RateTable,
	from: CurrencyCode,
	to: CurrencyCode,
	source?: RateSource
): { start: string; end: string } {
	const { start, end } = coverage(table, from, to, source);
	return { start, end };
}
