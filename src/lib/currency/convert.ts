/**
 * `convert`: an amount in one currency, at the reference rate of the last fixing on or before a date.
 *
 * Input: amount, from, to, the requested date (YYYY-MM-DD), a `RateTable`, and a source (ECB by
 * default). Output: the value, the rate used (units of `to` per 1 `from`), the fixing date and the
 * source, so every converted figure can be cited. Weekends and holidays take the previous fixing of
 * that pair. A date before the pair's series starts is a `before-series` error naming the range; a
 * date after it ends takes the last fixing and sets `afterSeriesEnd` (never an extrapolated rate).
 * Same-currency conversions return rate 1 dated `on` without touching the table. Pure, no I/O.
 */

import { parseCurrencyCode, type CurrencyCode } from './codes';
import { parseIsoDate } from './dates';
import { CurrencyError } from './errors';
import { lastOnOrBefore, pairSeries, seriesRange } from './series';
import { DEFAULT_RATE_SOURCE, parseRateSource, RATE_SOURCE_SHORT_NAMES } from './sources';
import type { RateSource } from './sources';
import type { RateTable } from './table';

export interface ConversionResult {
	value: number;
	/** Units of `to` per 1 `from`. */
	rate: number;
	/** The fixing actually used (YYYY-MM-DD); the requested date for same-currency conversions. */
	rateDate: string;
	source: RateSource;
	requestedDate: string;
	/** True when `requestedDate` is after the pair's last fixing, so the last one was used. */
	afterSeriesEnd: boolean;
	amount: number;
	from: CurrencyCode;
	to: CurrencyCode;
}

export function convert(
	amount: number,
	from: CurrencyCode,
	to: CurrencyCode,
	on: string,
	table: RateTable,
	source: RateSource = DEFAULT_RATE_SOURCE
): ConversionResult {
	// Re-checked at runtime: callers pass URL and CLI strings through here.
	if (typeof amount !== 'number' || !Number.isFinite(amount)) {
		throw new CurrencyError('invalid-amount', `"${amount}" is not a finite amount`);
	}
	parseCurrencyCode(from);
	parseCurrencyCode(to);
	parseIsoDate(on);
	parseRateSource(source);
	const base = { source, requestedDate: on, amount, from, to };
	if (from === to) {
		return { value: amount, rate: 1, rateDate: on, ...base, afterSeriesEnd: false };
	}
	const series = pairSeries(table, from, to, source);
	const { start, end } = seriesRange(table, from, to, source);
	const i = lastOnOrBefore(series.dates, on);
	const rate = series.rates[i];
	const rateDate = series.dates[i];
	if (rate === undefined || rateDate === undefined) {
		throw new CurrencyError(
			'before-series',
			`${on} is before the ${RATE_SOURCE_SHORT_NAMES[source]} ${from}→${to} series, which runs from ${start} to ${end}`
		);
	}
	return { value: amount * rate, rate, rateDate, ...base, afterSeriesEnd: on > end };
}
