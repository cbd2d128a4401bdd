/**
 * Rates as a reader cites them: "142.12 JPY per USD", "ECB rate of 22 Dec 2023, 142.12 JPY per USD".
 *
 * Input: a rate and its currencies, or a `ConversionResult`. Output: text for the line beside a
 * converted figure and for exported images. Rates are shown quote per base (see `pair.ts`), with two
 * decimals from 1 upwards (how the Fed publishes JPY and how news quotes rates) and four significant
 * digits below 1 (0.8666 GBP per EUR, as the ECB publishes it). Dates are "22 Dec 2023" (en-GB order,
 * unambiguous in every English edition). All via cached Intl formatters; pure.
 */

import type { CurrencyCode } from './codes';
import type { ConversionResult } from './convert';
import { getDateTimeFormat, getNumberFormat } from './intl';
import { quoteRate } from './pair';
import { RATE_SOURCE_SHORT_NAMES } from './sources';
import type { StatedRate } from './stated';

/** "142.12 JPY per USD": `rate` is units of `quote` per 1 `base`, shown as given. */
export function formatRate(rate: number, base: CurrencyCode, quote: CurrencyCode, locale = 'en') {
	const options: Intl.NumberFormatOptions =
		Math.abs(rate) >= 1 ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: 4 };
	return `${getNumberFormat(locale, options).format(rate)} ${quote} per ${base}`;
}

/** "22 Dec 2023" from "2023-12-22", read as a calendar day (UTC) so no time zone can shift it. */
export function formatRateDate(isoDate: string, locale = 'en-GB'): string {
	const options = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
	return getDateTimeFormat(locale, options).format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * "ECB rate of 22 Dec 2023, 142.12 JPY per USD"; "(latest available)" is added after the date when
 * the requested date was past the end of the series, so a reader knows the rate is not of that day.
 */
export function describeRate(result: ConversionResult): string {
	if (result.from === result.to) return `Same currency (${result.from}), no conversion`;
	const q = quoteRate(result.rate, result.from, result.to);
	const latest = result.afterSeriesEnd ? ' (latest available)' : '';
	const source = RATE_SOURCE_SHORT_NAMES[result.source];
	return `${source} rate of ${formatRateDate(result.rateDate)}${latest}, ${formatRate(q.rate, q.base, q.quote)}`;
}

/**
 * How a rate the article gives is cited: "rate implied by the article, 150 JPY per USD (market:
 * 142.12 JPY per USD, +5.5%)" for an equivalent pair; a stated line is quoted in the article's own
 * words, "rate stated by the article, “($1 = 0.9239 euros)”: 1.08 USD per EUR (market: …)"; rates
 * chained through USD say so and quote each line they use.
 */
export function citeStated(stated: StatedRate): string {
	const quoted = stated.lines.map((l) => `“${l.exact}”`).join(' and ');
	const verb = stated.lines.length ? 'stated' : 'implied';
	const through = stated.via === 'chain' ? ' through USD' : '';
	const head = `rate ${verb} by the article${through}${quoted ? `, ${quoted}:` : ','}`;
	const pct = getNumberFormat('en', { maximumFractionDigits: 1, signDisplay: 'always' });
	const market = formatRate(stated.market, stated.base, stated.quote);
	const rate = formatRate(stated.implied, stated.base, stated.quote);
	return `${head} ${rate} (market: ${market}, ${pct.format(stated.deviationPct)}%)`;
}
