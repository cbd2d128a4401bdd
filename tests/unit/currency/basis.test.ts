import { describe, expect, it } from 'vitest';
import { parseRateBasis, resolveConversions, type RateBasis } from '$lib/currency/basis';
import type { CurrencyCode } from '$lib/currency/codes';
import type { RateSource } from '$lib/currency/sources';
import { relErr, table } from './helpers';

// The default article's money figures, plus a percentage that must be left alone.
const figures = [
	{ id: 'yen', kind: 'money', value: 3e12, currency: 'JPY', equivalentOf: 'usd20' },
	{ id: 'usd20', kind: 'money', value: 2e10, currency: 'USD', equivalentOf: 'yen' },
	{ id: 'budget', kind: 'money', value: 5.6e10, currency: 'USD', equivalentOf: null },
	{ id: 'gdp', kind: 'percent', value: 2, currency: null, equivalentOf: null }
];
const ctx = { published: '2023-12-23', table, figures };

function resolve(basis: RateBasis, to: CurrencyCode, source?: RateSource) {
	const all = resolveConversions(basis, to, { ...ctx, source });
	return Object.fromEntries(all.map((r) => [r.figureId, r]));
}

describe('resolveConversions', () => {
	it('resolves money figures only', () => {
		expect(resolveConversions('article', 'USD', ctx).map((r) => r.figureId)).toEqual([
			'yen',
			'usd20',
			'budget'
		]);
	});

	it.each<[string, RateBasis, CurrencyCode, string, object]>([
		[
			'"article" uses the fixing on or before the article date',
			'article',
			'USD',
			'yen',
			{ ok: true, applied: 'market', rateDate: '2023-12-22', source: 'ECB', fallback: null }
		],
		[
			'"latest" uses the pair\'s last fixing, not flagged as after the end',
			'latest',
			'USD',
			'yen',
			{ ok: true, applied: 'market', rateDate: '2025-05-09', afterSeriesEnd: false }
		],
		[
			'"stated" converts yen to dollars at the article\'s own 150',
			'stated',
			'USD',
			'yen',
			{ ok: true, applied: 'stated', value: 2e10, rateDate: '2023-12-23', source: 'article' }
		],
		[
			'"stated" applies the implied JPY/USD to another dollar figure',
			'stated',
			'JPY',
			'budget',
			{ ok: true, applied: 'stated', value: 8.4e12, rate: 150 }
		],
		[
			'"stated" falls back to the article date for a pair the article does not imply',
			'stated',
			'EUR',
			'yen',
			{ ok: true, applied: 'market', rateDate: '2023-12-22', fallback: 'no-stated-rate' }
		],
		[
			'"stated" needs no rate, and no fallback notice, for a figure already in the currency',
			'stated',
			'USD',
			'budget',
			{ ok: true, applied: 'market', rate: 1, fallback: null }
		],
		[
			'a user date takes the fixing on or before it (Good Friday → Thursday)',
			'2024-03-29',
			'USD',
			'yen',
			{ ok: true, rateDate: '2024-03-28' }
		],
		[
			'a user date before the series is a typed outcome, not a throw',
			'1998-01-01',
			'USD',
			'yen',
			{ ok: false, error: { code: 'before-series' } }
		]
	])('%s', (_, basis, to, id, expected) => {
		expect(resolve(basis, to)[id]).toMatchObject(expected);
	});

	it('records the implied-vs-market comparison behind a stated rate', () => {
		const r = resolve('stated', 'USD').yen;
		expect(r?.ok && r.stated).toMatchObject({ implied: 150, base: 'USD', quote: 'JPY' });
	});

	it('converts at the article date with the same value as convert()', () => {
		const r = resolve('article', 'USD').yen;
		expect(r?.ok && relErr(r.value, 21.109e9)).toBeLessThan(1e-4);
	});

	it('reports a pair the chosen source lacks as an unsupported-pair outcome per figure', () => {
		expect(resolve('article', 'INR', 'ECB').yen).toMatchObject({
			ok: false,
			error: { code: 'unsupported-pair' }
		});
	});
});

describe('parseRateBasis', () => {
	it.each([
		['article', 'article'],
		['latest', 'latest'],
		['stated', 'stated'],
		['2024-01-15', '2024-01-15'],
		['Article', null],
		['2024-02-30', null],
		['', null],
		[null, null]
	])('reads %j as %j', (input, expected) => {
		expect(parseRateBasis(input)).toBe(expected);
	});
});
