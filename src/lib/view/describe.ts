/**
 * Plain-language values for figures, for tables and tooltips. Pure; formats only through cached
 * `Intl.NumberFormat` instances.
 */
import { isCurrencyCode } from '$lib/currency/codes';
import { formatMoney } from '$lib/currency/format';
import { getNumberFormat as numberFormat } from '$lib/currency/intl';
import type { Figure } from '$lib/figures/model';

export function normalisedValue(figure: Figure): string {
	switch (figure.kind) {
		case 'money':
			// Supported currencies get the long form ("¥3 trillion"); others still format through Intl.
			return isCurrencyCode(figure.currency)
				? formatMoney(figure.value, figure.currency)
				: numberFormat('en', {
						style: 'currency',
						currency: figure.currency ?? 'USD',
						notation: 'compact',
						maximumSignificantDigits: 3
					}).format(figure.value);
		case 'percent':
			return `${numberFormat('en', { maximumSignificantDigits: 4 }).format(figure.value)}${figure.points ? ' percentage points' : '%'}${figure.unit ? ` of ${figure.unit}` : ''}`;
		case 'year':
			return `${figure.fiscal ? 'Fiscal ' : ''}${figure.value}${figure.endValue ? `–${figure.endValue}` : ''}`;
		case 'date':
			return figure.date ?? String(figure.value);
		case 'quantity': {
			// A vague quantity with no qualifier ("hundreds of thousands") carries its lower bound.
			const bound = !figure.approximate ? '' : figure.qualifier ? '≈ ' : 'at least ';
			return `${bound}${numberFormat('en', {}).format(figure.value)}${figure.unit ? ` ${figure.unit}` : ''}`;
		}
	}
}
