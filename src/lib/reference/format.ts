/**
 * Number formats for claim summaries and evidence, built on the currency layer's cached Intl
 * formatters so "$55.94 billion" and "142.12 JPY per USD" look the same here as on the charts.
 */
import { formatMoney } from '../currency/format';
import { getNumberFormat } from '../currency/intl';
import type { CurrencyCode } from '../currency/codes';

/** Money at a stated number of significant digits ("$55.94 billion" with 4). */
export function money(value: number, currency: CurrencyCode, digits = 3): string {
	return formatMoney(value, currency, { digits });
}

/** "1.14%": percentages of GDP are published to two decimals at most. */
export function percent(value: number, fractionDigits = 2): string {
	return `${getNumberFormat('en', { maximumFractionDigits: fractionDigits }).format(value)}%`;
}

/** "+5.5%" / "−2.1%": a signed relative difference, one decimal. */
export function signedPercent(value: number): string {
	const options = { maximumFractionDigits: 1, signDisplay: 'always' } as const;
	return `${getNumberFormat('en', options).format(value)}%`;
}

/** "¥7.9496 trillion": the budget exactly as MOD publishes it (億円 to four decimals of a trillion). */
export function yenTrillion(jpy: number): string {
	const options = { maximumFractionDigits: 4 } as const;
	return `¥${getNumberFormat('en', options).format(jpy / 1e12)} trillion`;
}
