/**
 * `npm run rates:update -- <eurofxref-hist.csv> [--out FILE] [--current FILE] [--from YYYY-MM-DD]`
 *
 * Rebuilds `data/reference/fx_daily_jpy_usd_eur_2012_2025.csv` from the ECB's published history
 * (unzipped `eurofxref-hist.csv`, from the ECB's euro reference rates page), keeping the Fed H.10
 * column of the current file by date. The transform and its validation are pure
 * (`src/lib/currency/ecb-import.ts`); this file only does I/O. It writes a temp file beside the target
 * and renames it over, so a crash or a validation failure never leaves a half-written rate file.
 * Errors: one line on stderr, exit 2.
 */

import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseIsoDate } from '../lib/currency/dates';
import { rebuildFxCsv } from '../lib/currency/ecb-import';
import { CurrencyError, RateFileError } from '../lib/currency/errors';
import { FX_FILE } from '../lib/server/rates';

const USAGE =
	'usage: rates:update <eurofxref-hist.csv> [--out FILE] [--current FILE] [--from DATE]';

function fail(message: string): never {
	process.stderr.write(`rates:update: ${message}\n`);
	process.exit(2);
}

function read(file: string): string {
	try {
		const bytes = readFileSync(file);
		// The ECB serves the history as a zip; say so rather than report line 1 as garbage.
		if (bytes.subarray(0, 2).toString('latin1') === 'PK')
			fail(`${file} is a zip archive; unzip it first`);
		return bytes.toString('utf8');
	} catch (e) {
		if (e instanceof Error && 'code' in e) fail(`cannot read ${file}: ${String(e.code)}`);
		throw e;
	}
}

try {
	const { values, positionals } = parseArgs({
		options: {
			out: { type: 'string', default: FX_FILE },
			current: { type: 'string' },
			from: { type: 'string', default: '2012-01-01' }
		},
		allowPositionals: true
	});
	const [ecbFile] = positionals;
	if (positionals.length !== 1 || ecbFile === undefined) fail(USAGE);
	const out = values.out ?? FX_FILE;
	const currentFile = values.current ?? FX_FILE;
	const { text, summary } = rebuildFxCsv({
		ecbText: read(ecbFile),
		ecbFile,
		currentText: read(currentFile),
		currentFile,
		outFile: out,
		from: parseIsoDate(values.from ?? '2012-01-01')
	});
	const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
	try {
		writeFileSync(temp, text);
		renameSync(temp, out);
	} finally {
		rmSync(temp, { force: true });
	}
	const lost = summary.lostEcbDates.length;
	if (lost > 0) {
		process.stderr.write(
			`rates:update: warning: ${lost} ECB dates of ${currentFile} are not in ${ecbFile} (first ${summary.lostEcbDates[0]}); is it an older download?\n`
		);
	}
	process.stdout.write(
		`wrote ${out}: ${summary.rows} rows ${summary.first}..${summary.last}, ECB to ${summary.ecbLast}, Fed H.10 to ${summary.fedLast}\n`
	);
} catch (e) {
	if (e instanceof CurrencyError || e instanceof RateFileError) fail(e.message);
	if (e instanceof Error && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
		fail(`${e.message}; ${USAGE}`);
	}
	throw e;
}
