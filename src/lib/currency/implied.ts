/**
 * The exchange rate an article implies by stating one amount in two currencies, against the market.
 *
 * Input: two money figures that are each other's `equivalentOf` ("3 trillion yen ($20 billion)"), the
 * article's date and a `RateTable`. Output: the implied rate and the market rate on that date, both as
 * quote per base (see `pair.ts`), the fixing date and source of the market rate, and the deviation in
 * percent, (implied ÷ market − 1) × 100: positive when the article's rate gives more `quote` per `base`
 * than the market did. For the default article: 150 JPY per USD against 142.12, +5.5%. Pure.
 */

import { isCurrencyCode, type CurrencyCode } from './codes';
import { convert } from './convert';
import { CurrencyError } from './errors';
import { quotePair } from './pair';
import type { RateSource } from './sources';
import type { RateTable } from './table';

/** The parts of a `Figure` this module reads; a whole `Figure` fits. */
export interface MoneyAmount {
	id?: string;
	value: number;
	currency: string | null;
	equivalentOf?: string | null;
}

export interface ImpliedRate {
	/** Units of `quote` per 1 `base`, as the article's two amounts imply. */
	implied: number;
	/** The market rate, same direction, at the last fixing on or before the article date. */
	market: number;
	deviationPct: number;
	base: CurrencyCode;
	quote: CurrencyCode;
	marketDate: string;
	source: RateSource;
	requestedDate: string;
	afterSeriesEnd: boolean;
	/** Ids of the figures stating the base and the quote amounts, when they have ids. */
	baseFigure: string | null;
	quoteFigure: string | null;
}

export function impliedRate(
	a: MoneyAmount,
	b: MoneyAmount,
	on: string,
	table: RateTable,
	source?: RateSource
): ImpliedRate {
	const [ca, cb] = [a.currency, b.currency];
	if (!isCurrencyCode(ca) || !isCurrencyCode(cb) || ca === cb) {
		throw new CurrencyError(
			'unsupported-pair',
			`An implied rate needs two different supported currencies, got ${ca} and ${cb}`
		);
	}
	if (!(a.value > 0 && b.value > 0 && Number.isFinite(a.value) && Number.isFinite(b.value))) {
		throw new CurrencyError('invalid-amount', 'An implied rate needs two positive amounts');
	}
	const { base, quote } = quotePair(ca, cb);
	const [baseFig, quoteFig] = base === ca ? [a, b] : [b, a];
	const implied = quoteFig.value / baseFig.value;
	const m = convert(1, base, quote, on, table, source);
	return {
		implied,
		market: m.rate,
		deviationPct: (implied / m.rate - 1) * 100,
		base,
		quote,
		marketDate: m.rateDate,
		source: m.source,
		requestedDate: on,
		afterSeriesEnd: m.afterSeriesEnd,
		baseFigure: baseFig.id ?? null,
		quoteFigure: quoteFig.id ?? null
	};
}

/**
 * The equivalent pairs among the figures, each once, in article order of their first member. A link
 * is honoured in either direction, and a pair in one currency (a repeated amount) is not a rate.
 */
export function equivalentPairs<F extends MoneyAmount & { id: string }>(
	figures: readonly F[]
): [F, F][] {
	const byId = new Map(figures.map((f) => [f.id, f]));
	const seen = new Set<string>();
	const pairs: [F, F][] = [];
	for (const f of figures) {
		const other = f.equivalentOf ? byId.get(f.equivalentOf) : undefined;
		if (!other || other.id === f.id || seen.has(f.id) || seen.has(other.id)) continue;
		if (!isCurrencyCode(f.currency) || !isCurrencyCode(other.currency)) continue;
		if (f.currency === other.currency) continue;
		seen.add(f.id).add(other.id);
		pairs.push([f, other]);
	}
	return pairs;
}

/** Order-free key for a currency pair, for looking up an implied rate from either side. */
export function pairKey(a: CurrencyCode, b: CurrencyCode): string {
	return [a, b].sort().join('/');
}

/**
 * Every rate an article implies, by currency pair. When two equivalent pairs imply different rates for
 * one currency pair, the first in article order is kept: it is what the reader met first.
 */
export function articleImpliedRates(
	figures: readonly (MoneyAmount & { id: string })[],
	on: string,
	table: RateTable,
	source?: RateSource
): Map<string, ImpliedRate> {
	const out = new Map<string, ImpliedRate>();
	for (const [a, b] of equivalentPairs(figures)) {
		// A pair that implies no usable rate (a zero amount, a date before the series) is skipped:
		// `stated` then falls back to the market rate with `no-stated-rate`, which the page shows.
		try {
			const r = impliedRate(a, b, on, table, source);
			if (!out.has(pairKey(r.base, r.quote))) out.set(pairKey(r.base, r.quote), r);
		} catch (e) {
			if (!(e instanceof CurrencyError)) throw e;
		}
	}
	return out;
}
