// Fuzzing the URL state: any query string opens the dashboard with a valid state, says which
// parameter it did not accept, and serialises to a link that reads back to the same state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRateBasis } from '$lib/currency/basis';
import { CURRENCY_CODES, isCurrencyCode } from '$lib/currency/codes';
import { parseState, serializeState } from '$lib/state/url';
import { TYPE_FILTERS } from '$lib/view/kinds';
import { hostile, huge } from './arbitraries';

const TYPE_KEYS = TYPE_FILTERS.map((t) => t.key) as string[];
/** The spellings url.ts documents for each type group. */
const TYPE_WORDS = [...TYPE_KEYS, 'percentages', 'date', 'years', 'year', 'time', 'quantities'];

const day = fc
	.tuple(
		fc.integer({ min: 0, max: 9999 }),
		fc.integer({ min: 0, max: 13 }),
		fc.integer({ min: 0, max: 32 })
	)
	.map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const percent = fc.oneof(
	fc.constantFrom(
		'%',
		'%2',
		'%zz',
		'%25',
		'%2C',
		'%20',
		'%00',
		'%E2%80%AE',
		'%ED%A0%80',
		'%C0%AF',
		'+'
	),
	fc.integer({ min: 0, max: 255 }).map((b) => `%${b.toString(16).padStart(2, '0')}`)
);
const value = fc.oneof(
	fc.constantFrom(...TYPE_WORDS, ...CURRENCY_CODES, 'usd', ' JPY ', 'article', 'LATEST', 'stated'),
	fc
		.array(fc.constantFrom(...TYPE_WORDS, 'bogus', '', ' ', 'MONEY'), { maxLength: 5 })
		.map((ws) => ws.join(',')),
	day,
	hostile,
	huge,
	fc.array(fc.oneof(percent, hostile), { maxLength: 6 }).map((ps) => ps.join(''))
);
const key = fc.oneof(
	fc.constantFrom(
		'types',
		'currency',
		'rate',
		'Types',
		'CURRENCY',
		'rate ',
		'foo',
		'utm_source',
		'constructor',
		'__proto__',
		''
	),
	fc.string({ maxLength: 8 })
);
const query = fc.oneof(
	fc
		.array(fc.tuple(key, fc.constantFrom('=', '', '=='), value), { maxLength: 8 })
		.chain((pairs) =>
			fc.constantFrom('&', ';', '&&').map((sep) => pairs.map(([k, eq, v]) => k + eq + v).join(sep))
		),
	fc.string({ unit: 'binary', maxLength: 200 })
);

const isAlias = (k: string) => TYPE_WORDS.includes(k);
/** How each notice parseState gives begins. */
const NOTICES = [
	...['types', 'currency', 'rate'].map((name) => `The link sets ${name} `),
	'Unknown figure type',
	'Unknown currency',
	'Unknown exchange rate'
];

describe('URL state under fuzzing', () => {
	it('any query string gives a valid state: known types in filter order, a listed currency, a real basis', () => {
		fc.assert(
			fc.property(query, (q) => {
				const { state, notices } = parseState(new URLSearchParams(q));
				expect(state.types.every((t) => TYPE_KEYS.includes(t))).toBe(true);
				expect(state.types).toEqual(TYPE_KEYS.filter((t) => state.types.includes(t as never)));
				expect(isCurrencyCode(state.currency)).toBe(true);
				expect(parseRateBasis(state.rate)).toBe(state.rate);
				// Each notice is one of the six the parser says, and none is said twice: a link can set
				// each parameter more than once and to a value not understood (fast-check found a link
				// with four notices, against an earlier bound of three).
				const said = NOTICES.map((start) => notices.filter((n) => n.startsWith(start)).length);
				expect(said.every((n) => n <= 1)).toBe(true);
				expect(said.reduce((a, n) => a + n, 0)).toBe(notices.length);
			}),
			{ numRuns: 300 }
		);
	});

	it('every parameter it does not accept gets a notice, and an accepted one gets none', () => {
		fc.assert(
			fc.property(query, (q) => {
				const params = new URLSearchParams(q);
				const { state, notices } = parseState(params);
				const noticed = (prefix: string) => notices.some((n) => n.startsWith(prefix));

				const currency = params.get('currency');
				const code = currency?.trim().toUpperCase() ?? '';
				const currencyOk = currency === null || isCurrencyCode(code);
				expect(noticed('Unknown currency')).toBe(!currencyOk);
				expect(state.currency).toBe(currency !== null && currencyOk ? code : 'USD');

				const rate = params.get('rate');
				const basis = rate === null ? null : parseRateBasis(rate.trim().toLowerCase());
				expect(noticed('Unknown exchange rate')).toBe(rate !== null && basis === null);
				expect(state.rate).toBe(basis ?? 'article');

				const types = params.get('types');
				const words = types?.split(',').map((t) => t.trim().toLowerCase()) ?? [];
				expect(noticed('Unknown figure type')).toBe(words.some((w) => w !== '' && !isAlias(w)));
				// The notice quotes the value as JSON, so control characters stay visible and inert.
				// eslint-disable-next-line no-control-regex
				for (const n of notices) expect(n).not.toMatch(/[\u0000-\u001f]/);
			}),
			{ numRuns: 300 }
		);
	});

	it('serialize after parse is idempotent: the link it writes reads back to the same state, silently', () => {
		fc.assert(
			fc.property(query, (q) => {
				const { state } = parseState(new URLSearchParams(q));
				const link = serializeState(state);
				const again = parseState(new URLSearchParams(link));
				expect(again).toEqual({ state, notices: [] });
				expect(serializeState(again.state)).toBe(link);
			}),
			{ numRuns: 300 }
		);
	});
});
