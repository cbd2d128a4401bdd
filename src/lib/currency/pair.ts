/**
 * Which way round to quote a rate between two currencies: "quote per base".
 *
 * Rule: the base is whichever comes first in `BASE_PRIORITY`. Its head, EUR, GBP, AUD, NZD, USD, is
 * the market convention the ECB and the Fed H.10 release quote in (EUR/USD is "USD per EUR", AUD/USD
 * "USD per AUD", USD/JPY "JPY per USD", USD/CHF "CHF per USD"), so a cited rate can be checked
 * against the publisher as printed. After USD the currencies follow by falling unit value, so cross
 * rates read as numbers above 1 (142.12 JPY per USD, 1,430 KRW per USD, 1.8 JPY per INR). EUR/GBP
 * stays "GBP per EUR" (0.87) and USD/CHF "CHF per USD" (0.9) because that is how they are published.
 * A static order, not "whichever rate is above 1 today", so the direction never flips between dates.
 */

import type { CurrencyCode } from './codes';

// Unit values behind the tail's order (2024, in USD): CHF 1.13, SGD 0.74, CAD 0.73, MYR 0.21,
// BRL 0.18, DKK 0.145, CNY 0.138, HKD 0.128, SEK 0.095, NOK 0.093, ZAR 0.054, MXN 0.05, TWD 0.031,
// THB 0.028, INR 0.012, JPY 0.0067, LKR 0.0033, KRW 0.00073.
export const BASE_PRIORITY: readonly CurrencyCode[] = [
	'EUR',
	'GBP',
	'AUD',
	'NZD',
	'USD',
	'CHF',
	'SGD',
	'CAD',
	'MYR',
	'BRL',
	'DKK',
	'CNY',
	'HKD',
	'SEK',
	'NOK',
	'ZAR',
	'MXN',
	'TWD',
	'THB',
	'INR',
	'JPY',
	'LKR',
	'KRW'
];

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
