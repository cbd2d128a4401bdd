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
 *
 * Symbols in English are the ones English-language news prints: Intl's own where they already are
 * (A$, NZ$, HK$, NT$, R$, MX$, ₹, CHF), and `HOUSE_SYMBOLS` where Intl prints an ISO code readers do
 * not expect (C$ not CA$, S$, RM, R). "kr" stays an ISO code (DKK, NOK, SEK) because it is ambiguous
 * between the three, as is "Rs" between the Indian and Sri Lankan rupee, so LKR is shown as LKR and
 * INR as ₹. Indian amounts use the same short scale as every other currency ("₹3.31 trillion", not
 * "₹3.31 lakh crore"): the charts put rupees beside dollars on one axis, and a reader compares
 * "trillion" with "trillion"; the article's own "lakh crore" wording stays on the figure as stated.
 * A locale of India (`en-IN`) gets Intl's lakh–crore words, since that reader asked for them.
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

/** English-edition symbols where they differ from Intl's `en` data; written with no space after. */
export const HOUSE_SYMBOLS: Partial<Record<CurrencyCode, string>> = {
	CAD: 'C$',
	SGD: 'S$',
	MYR: 'RM',
	ZAR: 'R'
};

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
	const language = locale.split('-')[0];
	const house = language === 'en' ? HOUSE_SYMBOLS[currency] : undefined;
	if (style === 'compact') {
		const compact = getNumberFormat(locale, { ...base, maximumSignificantDigits: digits });
		return house ? text(withSymbol(compact.formatToParts(value), house)) : compact.format(value);
	}
	if (language === 'ja') {
		const named = { ...base, currencyDisplay: 'name', maximumSignificantDigits: digits } as const;
		return getNumberFormat(locale, named).format(value);
	}
	const symbol = getNumberFormat(locale, { ...base, maximumSignificantDigits: digits });
	const words = getNumberFormat(locale, {
		notation: 'compact',
		compactDisplay: 'long',
		maximumSignificantDigits: digits
	});
	const raw = symbol.formatToParts(value);
	const parts = house ? withSymbol(raw, house) : raw;
	const first = parts.findIndex((p) => NUMBER_PARTS.has(p.type));
	const last = parts.findLastIndex((p) => NUMBER_PARTS.has(p.type));
	const number = words
		.formatToParts(Math.abs(value))
		.map((p) => p.value)
		.join('');
	return text(parts.slice(0, first)) + number + text(parts.slice(last + 1));
}

const text = (ps: Intl.NumberFormatPart[]) => ps.map((p) => p.value).join('');

/** Swaps Intl's symbol for the house one and drops the space Intl puts after a code ("ZAR 3T"). */
function withSymbol(parts: Intl.NumberFormatPart[], symbol: string): Intl.NumberFormatPart[] {
	const at = parts.findIndex((p) => p.type === 'currency');
	if (at < 0) return parts;
	const out = parts.map((p, i) => (i === at ? { ...p, value: symbol } : p));
	const isSpace = (p: Intl.NumberFormatPart | undefined) =>
		p?.type === 'literal' && !p.value.trim();
	if (isSpace(out[at + 1])) out.splice(at + 1, 1);
	return out;
}
