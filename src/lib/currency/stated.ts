/**
 * The rates an article states, for the "As stated in the article" basis.
 *
 * Input: the article's stated-rate lines ("($1 = 0.9239 euros)", as the extractor reports them:
 * `rate` units of `quote` per 1 `base`, ISO codes), its money figures (whose equivalent pairs, "3
 * trillion yen ($20 billion)", imply a rate), the article date and a `RateTable` for the market
 * comparison. Output: a rate per currency pair, each with the implied-vs-market comparison and how the
 * article gives it. An explicit line wins over a pair implying the same currency pair, since it is the
 * rate the writer used; among lines, and among pairs, the first in the article wins. A pair the
 * article gives no rate for is chained through USD when it gives both legs ("£1 = $1.27" and "$1 =
 * 157 yen" give yen per pound), never through a market rate. A line or pair that cannot be compared
 * with the market (unknown code, a rate that is not positive, a date before the data) is skipped, so
 * the basis falls back to the market rate and says so. Pure; declares the line's shape itself.
 */

import { isCurrencyCode, type CurrencyCode } from './codes';
import { convert } from './convert';
import { CurrencyError } from './errors';
import { articleImpliedRates, pairKey, type ImpliedRate, type MoneyAmount } from './implied';
import { quotePair } from './pair';
import type { RateSource } from './sources';
import type { RateTable } from './table';

/** A stated-rate line as the extractor gives it; structural, so figures/ need not be imported. */
export interface StatedRateLine {
	base: string;
	quote: string;
	/** Units of `quote` per 1 `base`. */
	rate: number;
	exact: string;
	start: number;
	end: number;
	sentence: number;
	prefix: string;
	suffix: string;
}

export interface StatedRate extends ImpliedRate {
	/** A stated line, an equivalent pair, or two of those chained through USD. */
	via: 'line' | 'pair' | 'chain';
	/** The stated lines used, in article order (none for a pair). */
	lines: StatedRateLine[];
}

type Money = MoneyAmount & { id: string };

/** The market side of a rate the article gives as `implied` units of `quote` per `base`. */
function compared(
	base: CurrencyCode,
	quote: CurrencyCode,
	implied: number,
	on: string,
	table: RateTable,
	source?: RateSource
): ImpliedRate {
	const m = convert(1, base, quote, on, table, source);
	const common = { baseFigure: null, quoteFigure: null, requestedDate: on };
	const market = {
		market: m.rate,
		marketDate: m.rateDate,
		source: m.source,
		afterSeriesEnd: m.afterSeriesEnd
	};
	return { implied, base, quote, deviationPct: (implied / m.rate - 1) * 100, ...market, ...common };
}

export function articleStatedRates(
	lines: readonly StatedRateLine[],
	figures: readonly Money[],
	on: string,
	table: RateTable,
	source?: RateSource
): Map<string, StatedRate> {
	const out = new Map<string, StatedRate>();
	for (const line of [...lines].sort((a, b) => a.start - b.start)) {
		const { base: b, quote: q, rate } = line;
		if (!isCurrencyCode(b) || !isCurrencyCode(q) || b === q) continue;
		if (!(rate > 0 && Number.isFinite(rate)) || out.has(pairKey(b, q))) continue;
		const { base, quote } = quotePair(b, q);
		try {
			const r = compared(base, quote, base === b ? rate : 1 / rate, on, table, source);
			out.set(pairKey(b, q), { ...r, via: 'line', lines: [line] });
		} catch (e) {
			if (!(e instanceof CurrencyError)) throw e;
		}
	}
	for (const [key, r] of articleImpliedRates(figures, on, table, source)) {
		if (!out.has(key)) out.set(key, { ...r, via: 'pair', lines: [] });
	}
	return out;
}

/** Units of `to` per 1 `from` from a stated rate quoted `quote` per `base`. */
const forward = (r: ImpliedRate, from: CurrencyCode) =>
	r.base === from ? r.implied : 1 / r.implied;

/** The article's rate for from→to: stated for the pair, or both legs through USD; else null. */
export function statedRateFor(
	rates: ReadonlyMap<string, StatedRate>,
	from: CurrencyCode,
	to: CurrencyCode,
	on: string,
	table: RateTable,
	source?: RateSource
): StatedRate | null {
	const direct = rates.get(pairKey(from, to));
	if (direct || from === 'USD' || to === 'USD') return direct ?? null;
	const a = rates.get(pairKey(from, 'USD'));
	const b = rates.get(pairKey('USD', to));
	if (!a || !b) return null;
	const rate = forward(a, from) * forward(b, 'USD');
	const { base, quote } = quotePair(from, to);
	try {
		const r = compared(base, quote, base === from ? rate : 1 / rate, on, table, source);
		return { ...r, via: 'chain', lines: [...a.lines, ...b.lines] };
	} catch (e) {
		if (e instanceof CurrencyError) return null;
		throw e;
	}
}
