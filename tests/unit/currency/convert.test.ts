import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, type CurrencyCode } from '$lib/currency/codes';
import { convert } from '$lib/currency/convert';
import { CurrencyError } from '$lib/currency/errors';
import type { RateSource } from '$lib/currency/sources';
import { subsetTable } from '$lib/currency/subset';
import { relErr, table, thrown } from './helpers';

describe('convert with the real numbers of the default article', () => {
	it('converts 3 trillion yen on 2023-12-23 at the ECB cross rate of 2023-12-22', () => {
		const r = convert(3e12, 'JPY', 'USD', '2023-12-23', table);
		expect(relErr(r.value, 21.109e9)).toBeLessThan(1e-4);
		expect(1 / r.rate).toBeCloseTo(156.66 / 1.1023, 9);
		expect(1 / r.rate).toBeCloseTo(142.121, 3);
		expect(r).toMatchObject({
			rateDate: '2023-12-22',
			source: 'ECB',
			requestedDate: '2023-12-23',
			afterSeriesEnd: false,
			amount: 3e12,
			from: 'JPY',
			to: 'USD'
		});
	});

	it('converts the FY2024 budget of ¥7.9496 trillion to about $55.94 billion', () => {
		const r = convert(7.9496e12, 'JPY', 'USD', '2023-12-23', table);
		expect(relErr(r.value, 55.94e9)).toBeLessThan(1e-4);
	});

	it('uses the Fed H.10 noon rate of 142.60 when asked for that source', () => {
		const r = convert(1, 'USD', 'JPY', '2023-12-22', table, 'FED_H10');
		expect(r).toMatchObject({
			value: 142.6,
			rate: 142.6,
			rateDate: '2023-12-22',
			source: 'FED_H10'
		});
	});

	it('reports value = amount × rate, so a reader can redo the sum from the cited rate', () => {
		const r = convert(5.6e10, 'USD', 'JPY', '2023-12-23', table);
		expect(r.value).toBe(5.6e10 * r.rate);
	});
});

describe('which fixing a date takes', () => {
	it.each<[string, string, CurrencyCode, CurrencyCode, RateSource, string]>([
		['a Saturday takes the Friday fixing', '2023-12-23', 'JPY', 'USD', 'ECB', '2023-12-22'],
		['a Sunday takes the Friday fixing', '2023-12-24', 'JPY', 'USD', 'ECB', '2023-12-22'],
		['Christmas Day (no row at all) takes 22 Dec', '2023-12-25', 'JPY', 'USD', 'ECB', '2023-12-22'],
		[
			'Boxing Day (a Fed-only row) takes 22 Dec for ECB',
			'2023-12-26',
			'JPY',
			'USD',
			'ECB',
			'2023-12-22'
		],
		['Boxing Day has its own Fed fixing', '2023-12-26', 'USD', 'JPY', 'FED_H10', '2023-12-26'],
		[
			'Christmas Day takes 22 Dec for the Fed too',
			'2023-12-25',
			'USD',
			'JPY',
			'FED_H10',
			'2023-12-22'
		],
		['Good Friday (ECB closed) takes Thursday', '2024-03-29', 'EUR', 'GBP', 'ECB', '2024-03-28'],
		['Easter Monday (ECB closed) takes Thursday', '2024-04-01', 'KRW', 'CNY', 'ECB', '2024-03-28'],
		['a business day takes its own fixing', '2024-01-05', 'GBP', 'KRW', 'ECB', '2024-01-05'],
		['the first day of the series is inside it', '2012-01-02', 'EUR', 'USD', 'ECB', '2012-01-02'],
		['the last ECB day is not after the end', '2025-05-09', 'USD', 'EUR', 'ECB', '2025-05-09']
	])('%s', (_, on, from, to, source, rateDate) => {
		const r = convert(1, from, to, on, table, source);
		expect(r.rateDate).toBe(rateDate);
		expect(r.afterSeriesEnd).toBe(false);
	});

	it.each<[string, string, RateSource, string]>([
		[
			'a date after the ECB series takes its last fixing and says so',
			'2025-06-01',
			'ECB',
			'2025-05-09'
		],
		[
			'ECB data ends before the Fed data, so a Fed-only day is after the ECB end',
			'2025-07-11',
			'ECB',
			'2025-05-09'
		],
		[
			'a date after the Fed series takes its last fixing and says so',
			'2026-01-01',
			'FED_H10',
			'2025-07-11'
		]
	])('%s', (_, on, source, rateDate) => {
		const r = convert(1, 'USD', 'JPY', on, table, source);
		expect(r).toMatchObject({ rateDate, requestedDate: on, afterSeriesEnd: true });
	});
});

describe('Fed H.10 currencies, each the right way up', () => {
	// Published H.10 values of 22 Dec 2023 (FRED): 0.6803 USD per AUD, 1.272 USD per GBP,
	// 83.12 INR per USD, 0.8564 CHF per USD; 4 Jan 1999, the euro's first day: 1.1812 USD per EUR.
	it.each<[string, CurrencyCode, CurrencyCode, string, number]>([
		['AUD is published as USD per AUD', 'AUD', 'USD', '2023-12-22', 0.6803],
		['so dollars to AUD is its inverse', 'USD', 'AUD', '2023-12-22', 1 / 0.6803],
		['INR is published as INR per USD', 'USD', 'INR', '2023-12-22', 83.12],
		['CHF is DEXSZUS, CHF per USD', 'USD', 'CHF', '2023-12-22', 0.8564],
		['NZD is USD per NZD', 'NZD', 'USD', '2023-12-22', 0.6297],
		[
			'a cross through USD: INR per AUD = INR per USD × USD per AUD',
			'AUD',
			'INR',
			'2023-12-22',
			83.12 * 0.6803
		],
		['a cross of two per-USD series: JPY per INR', 'INR', 'JPY', '2023-12-22', 142.6 / 83.12],
		[
			"before the ECB data, EUR/USD is the Fed's (the euro's first day)",
			'EUR',
			'USD',
			'1999-01-04',
			1.1812
		],
		["before the ECB data, JPY/USD is the Fed's", 'USD', 'JPY', '2005-03-01', 104.37]
	])('%s', (_, from, to, on, rate) => {
		const r = convert(1, from, to, on, table);
		expect(relErr(r.rate, rate)).toBeLessThan(1e-12);
		expect(r).toMatchObject({ rateDate: on, source: 'FED_H10', afterSeriesEnd: false });
	});

	it('keeps the ECB for its pairs from its first fixing on, so 22 Dec 2023 stays 142.12', () => {
		const r = convert(1, 'USD', 'JPY', '2023-12-22', table);
		expect(r).toMatchObject({ source: 'ECB', rateDate: '2023-12-22' });
		expect(r.rate).toBeCloseTo(142.121, 3);
		expect(convert(1, 'EUR', 'USD', '2011-12-30', table).source).toBe('FED_H10');
		expect(convert(1, 'EUR', 'USD', '2012-01-02', table).source).toBe('ECB');
	});

	it('takes the last Fed fixing after 29 Nov 2024 and flags it', () => {
		const r = convert(1, 'USD', 'INR', '2025-03-03', table);
		expect(r).toMatchObject({ rateDate: '2024-11-29', source: 'FED_H10', afterSeriesEnd: true });
	});

	it('uses the Fed for any pair when asked, EUR included', () => {
		expect(convert(1, 'EUR', 'USD', '2023-12-22', table, 'FED_H10').rate).toBe(1.1008);
	});
});

describe('cross rates, identity and round trips', () => {
	it('crosses KRW to GBP through EUR: GBP per EUR ÷ KRW per EUR', () => {
		const r = convert(1e12, 'KRW', 'GBP', '2023-12-23', table);
		expect(r.rate).toBe(0.8666 / 1430.05);
		expect(relErr(r.value, 605.993e6)).toBeLessThan(1e-5);
		expect(r.rateDate).toBe('2023-12-22');
	});

	it.each(CURRENCY_CODES.map((c) => [c]))(
		'converts %s to itself at rate 1, dated as requested, source still named',
		(c) => {
			const r = convert(3e12, c, c, '2001-01-01', table, 'FED_H10');
			expect(r).toMatchObject({ value: 3e12, rate: 1, rateDate: '2001-01-01', source: 'FED_H10' });
		}
	);

	const pairs = CURRENCY_CODES.flatMap((a) =>
		CURRENCY_CODES.filter((b) => b !== a).map((b) => [a, b] as const)
	);
	it.each(pairs)('round-trips %s → %s → back within float tolerance', (a, b) => {
		const there = convert(3e12, a, b, '2023-12-23', table);
		const back = convert(there.value, b, a, '2023-12-23', table);
		expect(relErr(back.value, 3e12)).toBeLessThan(1e-12);
	});

	it('round-trips USD → JPY → USD on Fed rates too', () => {
		const there = convert(2e10, 'USD', 'JPY', '2023-12-26', table, 'FED_H10');
		const back = convert(there.value, 'JPY', 'USD', '2023-12-26', table, 'FED_H10');
		expect(relErr(back.value, 2e10)).toBeLessThan(1e-12);
	});
});

describe('errors, each typed and each with its message', () => {
	const noKrw = subsetTable(table, ['2023-12-22'], ['USD', 'JPY']);
	it.each<[string, () => unknown, string, string]>([
		[
			'an unknown currency',
			() => convert(1, 'XYZ' as CurrencyCode, 'USD', '2023-12-23', table),
			'unknown-currency',
			`Unknown currency "XYZ"; supported: ${CURRENCY_CODES.join(', ')}`
		],
		[
			'a lower-case code, rather than guessing',
			() => convert(1, 'USD', 'jpy' as CurrencyCode, '2023-12-23', table),
			'unknown-currency',
			`Unknown currency "jpy"; supported: ${CURRENCY_CODES.join(', ')}`
		],
		[
			'an impossible date',
			() => convert(1, 'JPY', 'USD', '2023-02-30', table),
			'invalid-date',
			'"2023-02-30" is not a valid date (expected YYYY-MM-DD)'
		],
		[
			'a date in another format',
			() => convert(1, 'JPY', 'USD', '23/12/2023', table),
			'invalid-date',
			'"23/12/2023" is not a valid date (expected YYYY-MM-DD)'
		],
		[
			'a date before all the data, naming the source it starts with and each range',
			() => convert(1, 'JPY', 'USD', '1998-12-31', table),
			'before-series',
			'1998-12-31 is before the Fed H.10 JPY→USD series, which runs from 1999-01-04 to 2011-12-30 (ECB 2012-01-02 to 2025-05-09)'
		],
		[
			'a date before the ECB series when the ECB is asked for',
			() => convert(1, 'JPY', 'USD', '2011-12-30', table, 'ECB'),
			'before-series',
			'2011-12-30 is before the ECB JPY→USD series, which runs from 2012-01-02 to 2025-05-09'
		],
		[
			'a date before a Fed-only pair',
			() => convert(1, 'INR', 'AUD', '1998-06-01', table),
			'before-series',
			'1998-06-01 is before the Fed H.10 INR→AUD series, which runs from 1999-01-04 to 2024-11-29'
		],
		[
			'a pair the ECB columns do not cover, when the ECB is asked for',
			() => convert(1, 'INR', 'USD', '2023-12-22', table, 'ECB'),
			'unsupported-pair',
			'ECB rates here cover only EUR, USD, JPY, GBP, KRW, CNY, not INR→USD; use FED_H10'
		],
		[
			'a result too large to be a number (1e308 dollars in won)',
			() => convert(1e308, 'USD', 'KRW', '2023-12-22', table),
			'invalid-amount',
			'1e+308 USD → KRW: the result is not a finite number'
		],
		[
			'a non-zero amount whose result underflows to 0',
			() => convert(5e-324, 'JPY', 'USD', '2023-12-22', table),
			'invalid-amount',
			'5e-324 JPY → USD: the result underflows to 0'
		],
		[
			'an unknown source',
			() => convert(1, 'JPY', 'USD', '2023-12-22', table, 'BOJ' as RateSource),
			'unknown-source',
			'Unknown rate source "BOJ"; supported: ECB, FED_H10'
		],
		[
			'an amount that is not a number',
			() => convert(Number.NaN, 'JPY', 'USD', '2023-12-22', table),
			'invalid-amount',
			'"NaN" is not a finite amount'
		],
		[
			'an infinite amount',
			() => convert(Infinity, 'JPY', 'USD', '2023-12-22', table),
			'invalid-amount',
			'"Infinity" is not a finite amount'
		],
		[
			'a currency the table (a page subset) does not carry',
			() => convert(1, 'KRW', 'USD', '2023-12-22', noKrw),
			'no-data',
			'The rate table holds no ECB rates for KRW→USD'
		]
	])('rejects %s', (_, run, code, message) => {
		const e = thrown(run);
		expect(e).toBeInstanceOf(CurrencyError);
		expect((e as CurrencyError).code).toBe(code);
		expect(e.message).toBe(message);
	});
});
