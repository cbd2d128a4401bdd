/**
 * How a chart cites the rates it used: per row ("ECB rate of 22 Dec 2023, 142.12 JPY per USD") and
 * as a subtitle naming the currency and every distinct rate. Pure; formatting comes from the
 * currency module.
 */
import type { ResolvedConversion } from '$lib/currency/basis';
import { citeStated, formatRate, formatRateDate } from '$lib/currency/cite';
import type { CurrencyCode } from '$lib/currency/codes';
import { currencyName } from '$lib/currency/names';
import { quoteRate } from '$lib/currency/pair';
import { RATE_SOURCE_SHORT_NAMES } from '$lib/currency/sources';
import type { ChartRow } from './spec';

export { currencyName };

export function citeConversion(c: ResolvedConversion & { ok: true }): ChartRow['rate'] {
	if (c.from === c.to) return null;
	const q = quoteRate(c.rate, c.from as CurrencyCode, c.to);
	const rate = formatRate(q.rate, q.base, q.quote);
	if (c.applied === 'stated' && c.stated) {
		return {
			text: citeStated(c.stated),
			date: c.rateDate,
			source: 'As stated in the article',
			value: q.rate
		};
	}
	const source = c.source === 'article' ? 'Article' : RATE_SOURCE_SHORT_NAMES[c.source];
	const latest = c.afterSeriesEnd ? ' (latest available)' : '';
	return {
		text: `${source} rate of ${formatRateDate(c.rateDate)}${latest}, ${rate}`,
		date: c.rateDate,
		source,
		value: q.rate
	};
}

/** "In US dollars at the ECB rate of 22 Dec 2023, 142.12 JPY per USD". */
export function subtitleFor(currency: CurrencyCode, conversions: ResolvedConversion[]): string {
	const cited = new Set<string>();
	for (const c of conversions) {
		if (!c.ok) continue;
		const rate = citeConversion(c);
		if (rate) cited.add(rate.text);
	}
	const head = `In ${currencyName(currency)}`;
	return cited.size ? `${head} at the ${[...cited].join('; ')}` : `${head}, as stated`;
}
