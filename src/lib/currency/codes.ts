/**
 * The currencies the dashboard converts between, as a literal union with its runtime list.
 *
 * Input: any string from a URL, a CLI argument or an extracted figure. Output: a `CurrencyCode` the rest
 * of the currency layer can trust, or a typed `unknown-currency` error. These six are the ones the rate
 * file covers (ECB per-EUR columns plus EUR itself); adding one means adding its column first.
 */

import { CurrencyError } from './errors';

export const CURRENCY_CODES = ['USD', 'JPY', 'EUR', 'GBP', 'KRW', 'CNY'] as const;
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

/** The currencies the ECB quotes per 1 EUR; EUR itself is the base and always 1. */
export const ECB_QUOTED = ['USD', 'JPY', 'GBP', 'KRW', 'CNY'] as const;
export type EcbQuoted = (typeof ECB_QUOTED)[number];

export function isCurrencyCode(value: unknown): value is CurrencyCode {
	return typeof value === 'string' && (CURRENCY_CODES as readonly string[]).includes(value);
}

/** Accepts exactly the ISO code in upper case: "usd" is rejected rather than guessed. */
export function parseCurrencyCode(value: string): CurrencyCode {
	if (isCurrencyCode(value)) return value;
	throw new CurrencyError(
		'unknown-currency',
		`Unknown currency "${value}"; supported: ${CURRENCY_CODES.join(', ')}`
	);
}
