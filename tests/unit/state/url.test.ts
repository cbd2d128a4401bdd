import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseState, serializeState } from '$lib/state/url';

const parse = (q: string) => parseState(new URLSearchParams(q));

describe('parseState', () => {
	it.each([
		['no parameters give the defaults', '', DEFAULT_STATE],
		[
			'a type list keeps only those types, in filter order',
			'types=percent,money',
			{ ...DEFAULT_STATE, types: ['money', 'percent'] }
		],
		['an empty type list hides every type', 'types=', { ...DEFAULT_STATE, types: [] }],
		[
			'year and date both mean the dates group',
			'types=year',
			{ ...DEFAULT_STATE, types: ['dates'] }
		],
		['currency codes are case-insensitive', 'currency=jpy', { ...DEFAULT_STATE, currency: 'JPY' }],
		['a rate basis is read', 'rate=stated', { ...DEFAULT_STATE, rate: 'stated' }],
		['a chosen day is a rate basis', 'rate=2020-03-02', { ...DEFAULT_STATE, rate: '2020-03-02' }]
	])('%s', (_, query, expected) => {
		expect(parse(query)).toEqual({ state: expected, notices: [] });
	});

	it.each([
		['an unknown currency', 'currency=XYZ', 'Unknown currency "XYZ"', { currency: 'USD' }],
		[
			'an unknown rate basis',
			'rate=yesterday',
			'Unknown exchange rate "yesterday"',
			{ rate: 'article' }
		],
		[
			'an impossible day',
			'rate=2023-02-30',
			'Unknown exchange rate "2023-02-30"',
			{ rate: 'article' }
		],
		['an unknown type', 'types=money,bogus', 'Unknown figure type "bogus"', { types: ['money'] }],
		[
			'only unknown types',
			'types=bogus',
			'Unknown figure type "bogus"',
			{ types: DEFAULT_STATE.types }
		]
	])('falls back with a notice on %s', (_, query, notice, partial) => {
		const { state, notices } = parse(query);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain(notice);
		expect(state).toEqual({ ...DEFAULT_STATE, ...partial });
	});
});

describe('a parameter given twice', () => {
	it.each([
		[
			'currency=JPY&currency=XYZ',
			{ currency: 'JPY' },
			'The link sets currency 2 times ("JPY", "XYZ"); only the first is used.'
		],
		[
			'rate=latest&rate=stated&rate=article&rate=x',
			{ rate: 'latest' },
			'The link sets rate 4 times ("latest", "stated", "article", …); only the first is used.'
		],
		[
			'types=money&types=percent',
			{ types: ['money'] },
			'The link sets types 2 times ("money", "percent"); only the first is used.'
		],
		[
			'currency=%E2%80%AEJPY&currency=EUR',
			{ currency: 'USD' },
			'The link sets currency 2 times ("\\u202eJPY", "EUR"); only the first is used.'
		]
	])('%s reads the first and says so', (query, partial, notice) => {
		const { state, notices } = parse(query);
		expect(state).toEqual({ ...DEFAULT_STATE, ...partial });
		expect(notices[0]).toBe(notice);
	});
});

describe('serializeState', () => {
	it('leaves defaults out', () => {
		expect(serializeState(DEFAULT_STATE)).toBe('');
		expect(serializeState({ types: ['money', 'percent'], currency: 'JPY', rate: 'latest' })).toBe(
			'?types=money,percent&currency=JPY&rate=latest'
		);
	});

	it('round-trips any state it produces, and never throws on any query', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.string(), (types, currency, rate) => {
				const params = new URLSearchParams({ types, currency, rate });
				const { state } = parseState(params);
				const again = parseState(new URLSearchParams(serializeState(state)));
				expect(again).toEqual({ state, notices: [] });
			})
		);
	});
});
