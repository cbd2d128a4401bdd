/**
 * Helpers the rule evaluators share: picking the article's figures, converting at the article date
 * without throwing, and the evidence row for a number as the article states it. Pure.
 */
import { isCurrencyCode, type CurrencyCode } from '../../currency/codes';
import { convert, type ConversionResult } from '../../currency/convert';
import { CurrencyError } from '../../currency/errors';
import type { RateSource } from '../../currency/sources';
import type { ClaimFigure, ReferenceData } from '../reference';
import type { Evidence } from '../verdict';

export type MoneyFigure = ClaimFigure & { currency: CurrencyCode };

export function moneyFigures(data: ReferenceData): MoneyFigure[] {
	return data.article.figures.filter(
		(f): f is MoneyFigure => f.kind === 'money' && isCurrencyCode(f.currency)
	);
}

/** A conversion at the article date, or the reason there is none (no rates, date out of range). */
export function convertAtArticleDate(
	amount: number,
	from: CurrencyCode,
	to: CurrencyCode,
	data: ReferenceData,
	source: RateSource = 'ECB'
): ConversionResult | string {
	if (from !== to && !data.rates) return 'no exchange rates were loaded for the article date';
	try {
		const empty = { dates: [], ecb: {} };
		return convert(amount, from, to, data.article.published, data.rates ?? empty, source);
	} catch (e) {
		if (e instanceof CurrencyError) return `no ${from}→${to} rate: ${e.message}`;
		throw e;
	}
}

/** The article's own words, cited as the article: what is being checked, not evidence for it. */
export function statedEvidence(label: string, figure: ClaimFigure, data: ReferenceData): Evidence {
	return {
		label,
		value: figure.exact,
		source: `The article (${data.article.published})`,
		verification: 'as published'
	};
}
