// Fuzzing the rate file: any mutation of a small valid CSV either parses to a consistent table or
// fails with a RateFileError reading `file:line: field: problem`, never another error.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '$lib/currency/dates';
import { RateFileError } from '$lib/currency/errors';
import { parseRates } from '$lib/currency/rates';
import { FX_FILE } from '$lib/server/rates';
import { hostile, parsedOrNamed } from './arbitraries';

const FILE = 'data/reference/fx_fuzz.csv';
/** The header and the first nine rows of the real file, blank fixings included. */
const VALID = readFileSync(FX_FILE, 'utf8').split('\n').slice(0, 10);
const grid = () => VALID.map((line) => line.split(','));

const cell = fc.oneof(
	fc.constantFrom(
		'-1.2',
		'-0',
		'0',
		'0.0',
		'NaN',
		'Infinity',
		'',
		' ',
		'1e3',
		'1.2.3',
		'+1.2',
		'.5',
		'5.',
		'0x10',
		'１.２',
		'9'.repeat(400),
		'"1.2"',
		'"a,b"',
		'1,2',
		'2012-01-02',
		'2012-02-30',
		'2011-12-31',
		'2099-01-01',
		'12/01/2012',
		'date',
		'usd_per_eur_ecb'
	),
	hostile
);

type GridEdit = (g: string[][]) => string[][];
const mod = (n: number, len: number) => (len ? n % len : 0);

const edit: fc.Arbitrary<GridEdit> = fc.oneof(
	fc.tuple(fc.nat(), fc.nat(), cell).map(
		([r, c, v]): GridEdit =>
			(g) =>
				g.map((row, i) =>
					i === mod(r, g.length) ? row.map((x, j) => (j === mod(c, row.length) ? v : x)) : row
				)
	),
	fc.tuple(fc.nat(), fc.nat()).map(([a, b]): GridEdit => (g) => {
		if (g.length < 3) return g;
		const out = [...g];
		const [x, y] = [1 + mod(a, g.length - 1), 1 + mod(b, g.length - 1)];
		[out[x], out[y]] = [g[y]!, g[x]!];
		return out;
	}),
	fc.nat().map(
		(r): GridEdit =>
			(g) =>
				g.flatMap((row, i) => (i === mod(r, g.length) ? [row, row] : [row]))
	),
	fc.nat().map(
		(r): GridEdit =>
			(g) =>
				g.filter((_, i) => i !== mod(r, g.length))
	),
	fc.tuple(fc.nat(), cell).map(
		([r, v]): GridEdit =>
			(g) =>
				g.map((row, i) => (i === mod(r, g.length) ? [...row, v] : row))
	),
	fc.tuple(fc.nat(), fc.nat()).map(
		([r, c]): GridEdit =>
			(g) =>
				g.map((row, i) =>
					i === mod(r, g.length) ? row.filter((_, j) => j !== mod(c, row.length)) : row
				)
	),
	fc
		.tuple(
			fc.nat(),
			fc.constantFrom('', '   ', '#comment').map((junk) => [junk])
		)
		.map(([r, junk]): GridEdit => (g) => [
			...g.slice(0, mod(r, g.length)),
			junk,
			...g.slice(mod(r, g.length))
		])
);

const csv = fc
	.tuple(
		fc.array(edit, { minLength: 1, maxLength: 4 }),
		fc.constantFrom('\n', '\r\n'),
		fc.constantFrom('', '\uFEFF')
	)
	.map(
		([edits, eol, bom]) =>
			bom +
			edits
				.reduce((g, e) => e(g), grid())
				.map((r) => r.join(','))
				.join(eol)
	);

describe('the rate file under fuzzing', () => {
	it('the unmutated rows parse (the generators start from a valid file)', () => {
		expect(parseRates(VALID.join('\n'), FILE).dates).toHaveLength(9);
	});

	it('swapped, duplicated, negative, NaN, empty, extra and quoted cells give a table or a named error', () => {
		fc.assert(
			fc.property(csv, (text) => {
				const table = parsedOrNamed(() => parseRates(text, FILE), RateFileError, FILE, text);
				if (!table) return;
				table.dates.forEach((d, i) => {
					expect(isIsoDate(d)).toBe(true);
					if (i > 0) expect(d > table.dates[i - 1]!).toBe(true);
				});
				for (const series of [table.fed ?? [], ...Object.values(table.ecb)]) {
					expect(series).toHaveLength(table.dates.length);
					for (const v of series) if (v !== null) expect(Number.isFinite(v) && v > 0).toBe(true);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('any text at all gives a table or a named error', () => {
		fc.assert(
			fc.property(fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
				parsedOrNamed(() => parseRates(text, FILE), RateFileError, FILE, text);
			}),
			{ numRuns: 200 }
		);
	});
});
