// The two CLIs, run as a user runs them (a real process), so argument parsing and exit codes count.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

function run(script: string, args: string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile('npx', ['tsx', script, ...args], (error, stdout, stderr) => {
			resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
		});
	});
}

const convert = (...args: string[]) => run('src/cli/convert.ts', args);
const TIMEOUT = 30_000;

describe('npm run convert', () => {
	it.concurrent.each<[string, string[], Record<string, unknown>]>([
		[
			'converts 3e12 JPY on the article date at the ECB rate of the Friday before',
			['3e12', 'JPY', 'USD', '--on', '2023-12-23'],
			{ rateDate: '2023-12-22', source: 'ECB', afterSeriesEnd: false }
		],
		[
			"defaults --on to the pair's latest fixing",
			['1', 'USD', 'JPY'],
			{ rateDate: '2025-05-09', afterSeriesEnd: false }
		],
		[
			'uses Fed H.10 when asked',
			['1', 'USD', 'JPY', '--on', '2023-12-22', '--source', 'FED_H10'],
			{ value: 142.6, rate: 142.6, source: 'FED_H10' }
		]
	])(
		'%s',
		async (_, args, expected) => {
			const r = await convert(...args);
			expect(r).toMatchObject({ code: 0, stderr: '' });
			expect(r.stdout.trim().split('\n')).toHaveLength(1);
			const json = JSON.parse(r.stdout);
			expect(Object.keys(json).slice(0, 4)).toEqual(['value', 'rate', 'rateDate', 'source']);
			expect(json).toMatchObject(expected);
		},
		TIMEOUT
	);

	it.concurrent.each([
		[
			'an unknown currency',
			['1', 'JPY', 'XYZ'],
			'convert: Unknown currency "XYZ"; supported: USD, JPY, EUR, GBP, KRW, CNY'
		],
		[
			'an amount that is not a number',
			['3 trillion', 'JPY', 'USD'],
			'convert: "3 trillion" is not an amount (e.g. 3e12 or 7949600000000)'
		],
		[
			'a hex amount Number() would accept',
			['0x10', 'JPY', 'USD'],
			'convert: "0x10" is not an amount (e.g. 3e12 or 7949600000000)'
		],
		[
			'a date before the data',
			['1', 'JPY', 'USD', '--on', '2011-01-01'],
			'convert: 2011-01-01 is before the ECB JPY→USD series, which runs from 2012-01-02 to 2025-05-09'
		],
		[
			'an impossible date',
			['1', 'JPY', 'USD', '--on', '2023-02-30'],
			'convert: "2023-02-30" is not a valid date (expected YYYY-MM-DD)'
		],
		[
			'an unknown source',
			['1', 'JPY', 'USD', '--source', 'BOJ'],
			'convert: Unknown rate source "BOJ"; supported: ECB, FED_H10'
		],
		[
			'a pair the Fed does not publish',
			['1', 'EUR', 'USD', '--source', 'FED_H10'],
			'convert: Fed H.10 rates cover only USD and JPY, not EUR→USD; use ECB'
		],
		[
			'a date after the data',
			['1', 'USD', 'JPY', '--on', '2026-01-01'],
			'convert: 2026-01-01 is after the ECB USD/JPY data (2012-01-02 to 2025-05-09); use --on 2025-05-09 or leave --on out for the latest fixing'
		],
		[
			'a same-currency conversion on a day outside the data',
			['5', 'USD', 'USD', '--on', '1990-01-01'],
			'convert: 1990-01-01 is outside the rate data (2012-01-02 to 2025-07-11)'
		],
		[
			'missing arguments',
			['1', 'JPY'],
			'convert: usage: convert <amount> <FROM> <TO> [--on YYYY-MM-DD] [--source ECB|FED_H10]'
		]
	])(
		'rejects %s with one line on stderr and exit 2',
		async (_, args, message) => {
			expect(await convert(...args)).toEqual({ code: 2, stdout: '', stderr: message + '\n' });
		},
		TIMEOUT
	);

	it.concurrent(
		'rejects an unknown option with one line on stderr and exit 2',
		async () => {
			const r = await convert('1', 'JPY', 'USD', '--at', '2023-12-22');
			expect(r.code).toBe(2);
			expect(r.stderr.trim().split('\n')).toHaveLength(1);
			expect(r.stderr).toMatch(/^convert: Unknown option '--at'/);
		},
		TIMEOUT
	);
});

describe('npm run rates:update', () => {
	const fixtures = 'tests/fixtures/currency';
	const update = (...args: string[]) => run('src/cli/rates-update.ts', args);

	it.concurrent(
		'writes the rebuilt file to --out and leaves no temp file',
		async () => {
			const dir = mkdtempSync(join(tmpdir(), 'rates-'));
			const out = join(dir, 'fx.csv');
			const r = await update(
				`${fixtures}/eurofxref-hist-sample.csv`,
				'--current',
				`${fixtures}/fx-current-sample.csv`,
				'--out',
				out
			);
			expect(r.code).toBe(0);
			expect(readFileSync(out, 'utf8')).toBe(
				readFileSync(`${fixtures}/fx-rebuilt-expected.csv`, 'utf8')
			);
			expect(r.stdout).toBe(
				`wrote ${out}: 6 rows 2023-12-21..2023-12-29, ECB to 2023-12-29, Fed H.10 to 2023-12-27\n`
			);
			expect(r.stderr).toMatch(
				/^rates:update: warning: 1 ECB dates of .* are not in .*older download\?\n$/
			);
			expect(readdirSync(dir)).toEqual(['fx.csv']);
		},
		TIMEOUT
	);

	it.concurrent(
		'leaves the existing file untouched when the input is bad',
		async () => {
			const dir = mkdtempSync(join(tmpdir(), 'rates-'));
			const out = join(dir, 'fx.csv');
			const bad = join(dir, 'bad.csv');
			writeFileSync(out, 'previous contents');
			writeFileSync(bad, 'Date,USD,JPY,GBP,KRW,CNY,\n2023-12-22,1.1,-156,0.86,1430,7.8,\n');
			const r = await update(bad, '--current', `${fixtures}/fx-current-sample.csv`, '--out', out);
			expect(r).toEqual({
				code: 2,
				stdout: '',
				stderr: `rates:update: ${bad}:2: JPY: "-156" is not a positive number\n`
			});
			expect(readFileSync(out, 'utf8')).toBe('previous contents');
			expect(readdirSync(dir).sort()).toEqual(['bad.csv', 'fx.csv']);
		},
		TIMEOUT
	);

	it.concurrent(
		'says to unzip a zip archive',
		async () => {
			const dir = mkdtempSync(join(tmpdir(), 'rates-'));
			const zip = join(dir, 'eurofxref-hist.zip');
			writeFileSync(zip, 'PK\u0003\u0004rest');
			const r = await update(zip, '--out', join(dir, 'fx.csv'));
			expect(r).toEqual({
				code: 2,
				stdout: '',
				stderr: `rates:update: ${zip} is a zip archive; unzip it first\n`
			});
		},
		TIMEOUT
	);
});
