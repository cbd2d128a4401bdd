/**
 * The currencies a page converts between: the one shown and those of the article's amounts. The
 * page builder and the dashboard controller both ask which day's rates cover all of them. Pure.
 */
import { isCurrencyCode, type CurrencyCode } from '$lib/currency/codes';
import type { Figure } from '$lib/figures/model';

export function pageCurrencies(figures: readonly Figure[], shown: CurrencyCode): CurrencyCode[] {
	const found = figures.flatMap((f) =>
		f.kind === 'money' && isCurrencyCode(f.currency) ? [f.currency] : []
	);
	return [...new Set([shown, ...found])];
}
