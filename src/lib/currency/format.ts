/**
 * Money for display: "$21.1 billion" (long), "¥3T" (compact), "3兆円" (Japanese), via Intl only.
 *
 * Input: a value in currency units, its currency, a style, a locale and a number of significant digits
 * (default at most 3; use `convertedDigits` from `precision.ts` for a converted figure). Output: a
 * string. ICU has no long compact pattern with a currency symbol ("$21.1 billion" comes out as
 * "$21.1B"), so the long form takes the number and its scale word from a compact-long formatter and
 * the sign and symbol, with their position and spacing, from a compact currency formatter: every digit
 * and word still comes from Intl. Japanese writes the unit after the number (3兆円), which is the
 * currency-name form, so long style in `ja` uses that. Formatters are cached (see `intl.ts`).
 */

import type { CurrencyCode } from './codes';
import { getNumberFormat } from './intl';

export type MoneyStyle = 'long' | 'compact';

export interface MoneyFormatOptions {
	style?: MoneyStyle;
	locale?: string;
	/** Maximum significant digits; trailing zeros are dropped ("$20 billion", not "$20.0 billion"). */
	digits?: number;
}

export const DEFAULT_DIGITS = 3;

// Parts that make up the number itself; everything else is sign, symbol or spacing.
const NUMBER_PARTS = new Set([
	'integer',
	'group',
	'decimal',
	'fraction',
	'compact',
	'nan',
	'infinity'
]);

export function formatMoney(
	value: number,
	currency: CurrencyCode,
	{ style = 'long', locale = 'en', digits = DEFAULT_DIGITS }: MoneyFormatOptions = {}
): string {
	const base = { style: 'currency', currency, notation: 'compact' } as const;
	if (style === 'compact') {
		return getNumberFormat(locale, { ...base, maximumSignificantDigits: digits }).format(value);
	}
	if (locale.split('-')[0] === 'ja') {
		const named = { ...base, currencyDisplay: 'name', maximumSignificantDigits: digits } as const;
		return getNumberFormat(locale, named).format(value);
	}
	const symbol = getNumberFormat(locale, { ...base, maximumSignificantDigits: digits });
	const words = getNumberFormat(locale, {
		notation: 'compact',
		compactDisplay: 'long',
		maximumSignificantDigits: digits
	});
	const parts = symbol.formatToParts(value);
	const first = parts.findIndex((p) => NUMBER_PARTS.has(p.type));
	const last = parts.findLastIndex((p) => NUMBER_PARTS.has(p.type));
	const number = words
		.formatToParts(Math.abs(value))
		.map((p) => p.value)
		.join('');
	const text = (ps: Intl.NumberFormatPart[]) => ps.map((p) => p.value).join('');
	return text(parts.slice(0, first)) + number + text(parts.slice(last + 1));
}
