import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, type CurrencyCode } from '$lib/currency/codes';
import { convert } from '$lib/currency/convert';
import { coverage } from '$lib/currency/coverage';
import { CurrencyError } from '$lib/currency/errors';
import { RATE_SOURCES, type RateSource } from '$lib/currency/sources';
import { subsetTable } from '$lib/currency/subset';
import type { RateTable } from '$lib/currency/table';
import { table } from './helpers';

/** What a caller sees: the result, or the error's code and message. */
function outcome(
	t: RateTable,
	from: CurrencyCode,
	to: CurrencyCode,
	on: string,
	source: RateSource | undefined
) {
	try {
		return convert(3e12, from, to, on, t, source);
	} catch (e) {
		if (e instanceof CurrencyError) return { code: e.code, message: e.message };
		throw e;
	}
}

// Dates before the start and after the end of every series, and around the days the sources switch
// or end (2012-01-02: ECB starts; 2024-11-29: Fed H.10 ends; 2025-05-09: ECB ends).
const anyDay = (from: number, to: number) =>
	fc
		.integer({ min: from / 864e5, max: to / 864e5 })
		.map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
const day = fc.oneof(
	anyDay(Date.UTC(1998, 11, 1), Date.UTC(2026, 11, 31)),
	anyDay(Date.UTC(2011, 11, 20), Date.UTC(2012, 0, 10)),
	anyDay(Date.UTC(2024, 10, 20), Date.UTC(2025, 6, 20))
);
const currency = fc.constantFrom(...CURRENCY_CODES);
const source = fc.constantFrom(undefined, ...RATE_SOURCES);

function ranges(
	t: RateTable,
	from: CurrencyCode,
	to: CurrencyCode,
	source: RateSource | undefined
) {
	try {
		return from === to ? null : coverage(t, from, to, source);
	} catch (e) {
		if (e instanceof CurrencyError) return { code: e.code, message: e.message };
		throw e;
	}
}

describe('subsetTable', () => {
	it('gives convert() and coverage() identical results or errors on every date, pair and source', () => {
		fc.assert(
			fc.property(
				fc.array(day, { minLength: 1, maxLength: 4 }),
				fc.uniqueArray(currency, { minLength: 1, maxLength: 6 }),
				source,
				(dates, currencies, src) => {
					// JSON round trip: the page receives the subset as serialised data.
					const small = JSON.parse(JSON.stringify(subsetTable(table, dates, currencies)));
					for (const on of dates)
						for (const from of currencies)
							for (const to of currencies) {
								expect(outcome(small, from, to, on, src)).toEqual(
									outcome(table, from, to, on, src)
								);
								expect(ranges(small, from, to, src)).toEqual(ranges(table, from, to, src));
							}
				}
			),
			{ numRuns: 300 }
		);
	});

	it.each<[string, string[], CurrencyCode[], number]>([
		[
			'the article date, all 23 currencies: the fixing plus where each source starts and ends',
			['2023-12-23'],
			[...CURRENCY_CODES],
			8
		],
		[
			'the article date, yen and dollars: Fed start and switch, ECB start and end, the day, Fed end',
			['2023-12-23'],
			['JPY', 'USD'],
			6
		],
		['one currency needs only the dates list, no rows', ['2023-12-23'], ['USD'], 0]
	])('is small: %s', (_, dates, currencies, rows) => {
		expect(subsetTable(table, dates, currencies).dates).toHaveLength(rows);
	});

	it('carries only the chosen currencies, and the Fed yen series only with yen', () => {
		const s = subsetTable(table, ['2023-12-23'], ['GBP', 'KRW', 'INR']);
		expect(Object.keys(s.ecb).sort()).toEqual(['GBP', 'KRW']);
		expect(Object.keys(s.h10 ?? {}).sort()).toEqual(['GBP', 'INR', 'KRW']);
		expect(s.fed).toBeUndefined();
	});

	it('rejects an invalid requested date', () => {
		expect(() => subsetTable(table, ['2023-12-32'])).toThrow(CurrencyError);
	});
});
