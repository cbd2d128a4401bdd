/**
 * Which way round to quote a rate between two currencies: "quote per base".
 *
 * Rule: the base is whichever comes first in EUR, GBP, USD, CNY, JPY, KRW. That is the order FX
 * markets and the ECB quote in (EUR/USD is "USD per EUR", USD/JPY is "JPY per USD"), and for every
 * pair here except EUR/GBP it also puts the larger unit first, so rates read as numbers above 1
 * (142.12 JPY per USD, 1,430 KRW per USD, 1.27 USD per GBP, 7.14 CNY per USD). EUR/GBP stays
 * "GBP per EUR" (0.87) because that is how the ECB publishes it and readers will check it there.
 * A static order, not "whichever rate is above 1 today", so the direction never flips between dates.
 */

import type { CurrencyCode } from './codes';

export const BASE_PRIORITY: readonly CurrencyCode[] = ['EUR', 'GBP', 'USD', 'CNY', 'JPY', 'KRW'];

export interface QuotePair {
	base: CurrencyCode;
	quote: CurrencyCode;
}

export function quotePair(a: CurrencyCode, b: CurrencyCode): QuotePair {
	return BASE_PRIORITY.indexOf(a) <= BASE_PRIORITY.indexOf(b)
		? { base: a, quote: b }
		: { base: b, quote: a };
}

/** A rate given as units of `to` per 1 `from`, re-expressed as quote per base for display. */
export function quoteRate(
	rate: number,
	from: CurrencyCode,
	to: CurrencyCode
): QuotePair & { rate: number } {
	const pair = quotePair(from, to);
	return { ...pair, rate: pair.base === from ? rate : 1 / rate };
}
