import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rebuildFxCsv } from '$lib/currency/ecb-import';
import { RateFileError } from '$lib/currency/errors';
import { FX_FILE } from '$lib/server/rates';
import { table, thrown } from './helpers';

const FIXTURES = 'tests/fixtures/currency';
const ECB = `${FIXTURES}/eurofxref-hist-sample.csv`;
const CURRENT = `${FIXTURES}/fx-current-sample.csv`;
const read = (f: string) => readFileSync(f, 'utf8');

function rebuild(ecbText = read(ECB), currentText = read(CURRENT)) {
	return rebuildFxCsv({
		ecbText,
		ecbFile: ECB,
		currentText,
		currentFile: CURRENT,
		outFile: 'out.csv'
	});
}

describe('rebuildFxCsv', () => {
	it('turns the ECB history into the project file, keeping Fed values by date', () => {
		const { text, summary } = rebuild();
		expect(text).toBe(read(`${FIXTURES}/fx-rebuilt-expected.csv`));
		expect(summary).toEqual({
			rows: 6,
			first: '2023-12-21',
			last: '2023-12-29',
			ecbLast: '2023-12-29',
			fedLast: '2023-12-27',
			// 2023-12-21 has ECB rates in the current file but only N/A in the sample.
			lostEcbDates: ['2023-12-21']
		});
	});

	it('reproduces the real reference file byte for byte from its own ECB columns', () => {
		// An ECB-format history rebuilt from the table: newest first, N/A blanks, trailing commas.
		const cols = ['USD', 'JPY', 'GBP', 'KRW', 'CNY'] as const;
		const lines = ['Date,USD,JPY,BGN,GBP,KRW,CNY,'];
		for (let i = table.dates.length - 1; i >= 0; i--) {
			if (table.ecb.USD?.[i] == null) continue;
			const v = cols.map((c) => String(table.ecb[c]?.[i] ?? 'N/A'));
			lines.push([table.dates[i], v[0], v[1], '1.9558', ...v.slice(2), ''].join(','));
		}
		const current = read(FX_FILE);
		const { text } = rebuildFxCsv({
			ecbText: lines.join('\n'),
			ecbFile: 'eurofxref-hist.csv',
			currentText: current,
			currentFile: FX_FILE,
			outFile: FX_FILE
		});
		expect(text === current).toBe(true);
	});

	it.each([
		[
			'a file that is not the ECB history',
			'date,usd\n',
			`${ECB}:1: header: expected an ECB file starting "Date,"`
		],
		[
			'a missing currency column',
			'Date,USD,JPY,GBP,KRW,\n',
			`${ECB}:1: header: missing column "CNY"`
		],
		[
			'a negative rate, by line and currency',
			'Date,USD,JPY,GBP,KRW,CNY,\n2023-12-22,1.1,156,0.86,1430,7.8,\n2023-12-21,-1,156,0.86,1430,7.8,\n',
			`${ECB}:3: USD: "-1" is not a positive number`
		],
		[
			'a duplicate date',
			'Date,USD,JPY,GBP,KRW,CNY,\n2023-12-22,1.1,156,0.86,1430,7.8,\n2023-12-22,1.1,156,0.86,1430,7.8,\n',
			`${ECB}:3: Date: "2023-12-22": duplicate date`
		]
	])('rejects %s', (_, ecbText, message) => {
		const e = thrown(() => rebuild(ecbText));
		expect(e).toBeInstanceOf(RateFileError);
		expect(e.message).toBe(message);
	});

	it('refuses to start from a current file that does not validate', () => {
		const bad = read(CURRENT).replace('142.60', '-142.60');
		expect(thrown(() => rebuild(undefined, bad)).message).toBe(
			`${CURRENT}:4: jpy_per_usd_fed_h10_dexjpus: "-142.60" is not a positive number`
		);
	});
});
