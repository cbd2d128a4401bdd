/**
 * `convert`: an amount in one currency, at the reference rate of the last fixing on or before a date.
 *
 * Input: amount, from, to, the requested date (YYYY-MM-DD), a `RateTable`, and optionally a source;
 * without one, the pair's default applies (see `coverage.ts`: ECB for its pairs, Fed H.10 before the
 * ECB data and for every other pair). Output: the value, the rate used (units of `to` per 1 `from`),
 * the fixing date and the source actually used, so every converted figure can be cited. Weekends and
 * holidays take the previous fixing of that pair. A date before the pair's data is a `before-series`
 * error naming the range; a date after it ends takes the last fixing and sets `afterSeriesEnd` (never
 * an extrapolated rate). A result that is not a finite number (1e308 USD in won), or that underflows
 * to 0 from a non-zero amount, is an `invalid-amount` error, never `Infinity` or a silent 0.
 * Same-currency conversions return rate 1 dated `on` without touching the table. Pure, no I/O.
 */

import { parseCurrencyCode, type CurrencyCode } from './codes';
import { defaultSource, locate, spans, toCoverage } from './coverage';
import { parseIsoDate } from './dates';
import { CurrencyError } from './errors';
import { outsideData } from './rate-day';
import { parseRateSource } from './sources';
import type { RateSource } from './sources';
import type { RateTable } from './table';

export interface ConversionResult {
	value: number;
	/** Units of `to` per 1 `from`. */
	rate: number;
	/** The fixing actually used (YYYY-MM-DD); the requested date for same-currency conversions. */
	rateDate: string;
	/** The source of the fixing used. */
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
	source?: RateSource
): ConversionResult {
	// Re-checked at runtime: callers pass URL and CLI strings through here.
	if (typeof amount !== 'number' || !Number.isFinite(amount)) {
		throw new CurrencyError('invalid-amount', `"${amount}" is not a finite amount`);
	}
	parseCurrencyCode(from);
	parseCurrencyCode(to);
	parseIsoDate(on);
	if (source !== undefined) parseRateSource(source);
	const base = { requestedDate: on, amount, from, to };
	if (from === to) {
		const named = source ?? defaultSource(from, to);
		return { value: amount, rate: 1, rateDate: on, source: named, ...base, afterSeriesEnd: false };
	}
	const stretches = spans(table, from, to, source);
	const hit = locate(table, stretches, on);
	if (hit === null) {
		const why = outsideData(toCoverage(from, to, stretches), on);
		throw new CurrencyError('before-series', why?.message ?? `${on} is before the data`);
	}
	const value = amount * hit.rate;
	if (!Number.isFinite(value) || (value === 0 && amount !== 0)) {
		const why = value === 0 ? 'underflows to 0' : 'is not a finite number';
		throw new CurrencyError('invalid-amount', `${amount} ${from} → ${to}: the result ${why}`);
	}
	const afterSeriesEnd = on > stretches.at(-1)!.end;
	return {
		value,
		rate: hit.rate,
		rateDate: hit.rateDate,
		source: hit.source,
		...base,
		afterSeriesEnd
	};
}
