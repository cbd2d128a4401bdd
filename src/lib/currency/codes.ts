/**
 * The currencies the dashboard converts between, as a literal union with its runtime lists.
 *
 * Input: any string from a URL, a CLI argument or an extracted figure. Output: a `CurrencyCode` the rest
 * of the currency layer can trust, or a typed `unknown-currency` error. The list is every currency of
 * the Fed's H.10 daily release plus USD, its base; the ECB columns cover six of them. The first six
 * keep the order the dashboard's select always had; the rest follow alphabetically.
 */

import { CurrencyError } from './errors';

export const CURRENCY_CODES = [
	'USD',
	'JPY',
	'EUR',
	'GBP',
	'KRW',
	'CNY',
	'AUD',
	'BRL',
	'CAD',
	'CHF',
	'DKK',
	'HKD',
	'INR',
	'LKR',
	'MXN',
	'MYR',
	'NOK',
	'NZD',
	'SEK',
	'SGD',
	'THB',
	'TWD',
	'ZAR'
] as const;
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

/** The currencies the ECB quotes per 1 EUR in our rate file; EUR itself is the base and always 1. */
export const ECB_QUOTED = ['USD', 'JPY', 'GBP', 'KRW', 'CNY'] as const;
export type EcbQuoted = (typeof ECB_QUOTED)[number];

/** The currencies Fed H.10 quotes against USD (USD itself is the base and always 1). */
export type FedQuoted = Exclude<CurrencyCode, 'USD'>;

export function isCurrencyCode(value: unknown): value is CurrencyCode {
	return typeof value === 'string' && (CURRENCY_CODES as readonly string[]).includes(value);
}

/** Accepts exactly the ISO code in upper case: data and URLs say "USD", and "usd" is not guessed. */
export function parseCurrencyCode(value: string): CurrencyCode {
	if (isCurrencyCode(value)) return value;
	throw new CurrencyError(
		'unknown-currency',
		`Unknown currency "${value}"; supported: ${CURRENCY_CODES.join(', ')}`
	);
}

/**
 * A currency as a person types it on a command line: case does not matter ("jpy", "Jpy"), because an
 * ISO code has one meaning in any case and refusing "jpy" helps nobody. Both CLIs (`convert` and
 * `export --currency`) use this, so they accept the same spellings; the error names the input as given.
 */
export function parseCurrencyArg(value: string): CurrencyCode {
	const code = value.toUpperCase();
	if (isCurrencyCode(code)) return code;
	return parseCurrencyCode(value);
}
