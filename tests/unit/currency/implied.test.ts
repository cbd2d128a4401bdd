import { describe, expect, it } from 'vitest';
import { CurrencyError } from '$lib/currency/errors';
import {
	articleImpliedRates,
	equivalentPairs,
	impliedRate,
	pairKey,
	type MoneyAmount
} from '$lib/currency/implied';
import { quotePair } from '$lib/currency/pair';
import { table, thrown } from './helpers';

const yen = {
	id: 'money-3-trillion-yen',
	value: 3e12,
	currency: 'JPY',
	equivalentOf: 'money-20-billion'
};
const dollars = { id: 'money-20-billion', value: 2e10, currency: 'USD', equivalentOf: yen.id };

describe('impliedRate', () => {
	it('finds 150 JPY per USD in "3 trillion yen ($20 billion)", +5.5% on the ECB 142.12', () => {
		const r = impliedRate(yen, dollars, '2023-12-23', table);
		expect(r).toMatchObject({
			implied: 150,
			base: 'USD',
			quote: 'JPY',
			marketDate: '2023-12-22',
			source: 'ECB',
			requestedDate: '2023-12-23',
			afterSeriesEnd: false,
			baseFigure: 'money-20-billion',
			quoteFigure: 'money-3-trillion-yen'
		});
		expect(r.market).toBeCloseTo(142.121, 3);
		expect(r.deviationPct).toBeCloseTo(5.54, 2);
	});

	it('gives the same answer whichever figure comes first', () => {
		expect(impliedRate(dollars, yen, '2023-12-23', table)).toEqual(
			impliedRate(yen, dollars, '2023-12-23', table)
		);
	});

	it('compares with the Fed H.10 rate (142.60) when that is the source', () => {
		const r = impliedRate(yen, dollars, '2023-12-23', table, 'FED_H10');
		expect(r.market).toBe(142.6);
		expect(r.deviationPct).toBeCloseTo(5.19, 2);
	});

	it.each<[string, MoneyAmount, MoneyAmount, string, string, number]>([
		[
			'won and dollars read as KRW per USD',
			{ value: 1.3e12, currency: 'KRW' },
			{ value: 1e9, currency: 'USD' },
			'USD',
			'KRW',
			1300
		],
		[
			'pounds and dollars read as USD per GBP',
			{ value: 1.27e9, currency: 'USD' },
			{ value: 1e9, currency: 'GBP' },
			'GBP',
			'USD',
			1.27
		],
		[
			'euros and pounds read as GBP per EUR, as the ECB publishes it',
			{ value: 8.6e8, currency: 'GBP' },
			{ value: 1e9, currency: 'EUR' },
			'EUR',
			'GBP',
			0.86
		],
		[
			'yuan and yen read as JPY per CNY',
			{ value: 2e11, currency: 'JPY' },
			{ value: 1e10, currency: 'CNY' },
			'CNY',
			'JPY',
			20
		]
	])('quotes %s', (_, a, b, base, quote, implied) => {
		const r = impliedRate(a, b, '2023-12-23', table);
		expect([r.base, r.quote]).toEqual([base, quote]);
		expect(r.implied).toBeCloseTo(implied, 12);
		expect(r.deviationPct).toBeCloseTo((implied / r.market - 1) * 100, 9);
	});

	it.each<[string, MoneyAmount, MoneyAmount, string]>([
		['one currency twice', dollars, { value: 1e9, currency: 'USD' }, 'unsupported-pair'],
		['a currency we have no rates for', yen, { value: 1e9, currency: 'XAU' }, 'unsupported-pair'],
		['a zero amount', yen, { value: 0, currency: 'USD' }, 'invalid-amount']
	])('refuses %s', (_, a, b, code) => {
		expect((thrown(() => impliedRate(a, b, '2023-12-23', table)) as CurrencyError).code).toBe(code);
	});
});

describe('quotePair', () => {
	it.each([
		['JPY', 'USD', 'USD'],
		['USD', 'KRW', 'USD'],
		['USD', 'GBP', 'GBP'],
		['GBP', 'EUR', 'EUR'],
		['CHF', 'USD', 'USD'],
		['USD', 'AUD', 'AUD'],
		['NZD', 'AUD', 'AUD'],
		['JPY', 'INR', 'INR'],
		['KRW', 'LKR', 'LKR'],
		['KRW', 'JPY', 'JPY'],
		['CNY', 'JPY', 'CNY']
	] as const)('quotes %s/%s with %s as the base', (a, b, base) => {
		expect(quotePair(a, b).base).toBe(base);
		expect(quotePair(b, a).base).toBe(base);
	});
});

describe('equivalentPairs', () => {
	type Fig = MoneyAmount & { id: string };
	const budget = { id: 'money-56-billion', value: 5.6e10, currency: 'USD', equivalentOf: null };
	it.each<[string, Fig[], string[][]]>([
		[
			'one pair when both figures link to each other',
			[yen, dollars, budget],
			[[yen.id, dollars.id]]
		],
		[
			'one pair when only one figure links',
			[yen, { ...dollars, equivalentOf: null }],
			[[yen.id, dollars.id]]
		],
		['none when the link points at a missing figure', [yen, budget], []],
		[
			'none for a repeated amount in one currency',
			[
				{ ...budget, equivalentOf: 'b2' },
				{ ...budget, id: 'b2' }
			],
			[]
		],
		[
			'none for a figure without a currency',
			[
				{ ...yen, equivalentOf: 'p' },
				{ id: 'p', value: 2, currency: null }
			],
			[]
		]
	])('finds %s', (_, figures, ids) => {
		expect(equivalentPairs(figures).map(([a, b]) => [a.id, b.id])).toEqual(ids);
	});
});

describe('articleImpliedRates', () => {
	it('keeps the first rate the article implies for a currency pair, keyed either way round', () => {
		const later = [
			{ id: 'a', value: 1.4e12, currency: 'JPY', equivalentOf: 'b' },
			{ id: 'b', value: 1e10, currency: 'USD', equivalentOf: 'a' }
		];
		const rates = articleImpliedRates([yen, dollars, ...later], '2023-12-23', table);
		expect([...rates.keys()]).toEqual([pairKey('USD', 'JPY')]);
		expect(rates.get(pairKey('JPY', 'USD'))?.implied).toBe(150);
	});
});
