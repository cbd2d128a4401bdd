import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, type CurrencyCode } from '$lib/currency/codes';
import { convert } from '$lib/currency/convert';
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
	source: RateSource
) {
	try {
		return convert(3e12, from, to, on, t, source);
	} catch (e) {
		if (e instanceof CurrencyError) return { code: e.code, message: e.message };
		throw e;
	}
}

// 2011-06-01 .. 2026-12-31, so dates before the start and after the end of both series are drawn too.
const day = fc
	.integer({ min: Date.UTC(2011, 5, 1) / 864e5, max: Date.UTC(2026, 11, 31) / 864e5 })
	.map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
const currency = fc.constantFrom(...CURRENCY_CODES);
const source = fc.constantFrom(...RATE_SOURCES);

describe('subsetTable', () => {
	it('gives convert() identical results or errors on every requested date, pair and source', () => {
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
							}
				}
			),
			{ numRuns: 300 }
		);
	});

	it.each<[string, string[], CurrencyCode[], number]>([
		[
			'the article date, all currencies: the fixing plus the series ends',
			['2023-12-23'],
			[...CURRENCY_CODES],
			5
		],
		['the article date, yen and dollars (ECB and Fed rows)', ['2023-12-23'], ['JPY', 'USD'], 5],
		['one currency needs only the dates list, no rows', ['2023-12-23'], ['USD'], 0]
	])('is small: %s', (_, dates, currencies, rows) => {
		expect(subsetTable(table, dates, currencies).dates).toHaveLength(rows);
	});

	it('carries only the chosen currencies, and the Fed series only with USD and JPY', () => {
		const s = subsetTable(table, ['2023-12-23'], ['GBP', 'KRW']);
		expect(Object.keys(s.ecb).sort()).toEqual(['GBP', 'KRW']);
		expect(s.fed).toBeUndefined();
	});

	it('rejects an invalid requested date', () => {
		expect(() => subsetTable(table, ['2023-12-32'])).toThrow(CurrencyError);
	});
});
