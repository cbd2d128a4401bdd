/**
 * Rebuilds the project's daily rate file from the ECB's published `eurofxref-hist.csv`.
 *
 * Input: the ECB file's text (header `Date,USD,JPY,BGN,…`, newest date first, "N/A" for no rate, a
 * trailing comma on every line), the current project file's text (for the Fed H.10 column, which the
 * ECB file does not have), both file names for error messages, and the first date to keep
 * (2012-01-01). Output: the new file's text (ascending, CRLF like the original, ECB columns taken from
 * the ECB file, Fed values kept by date as written, derived JPY/USD recomputed to 4 dp) and a summary.
 * The text is validated with `parseRates` before it is returned, so a caller never writes a bad file.
 * Pure: the CLI (`src/cli/rates-update.ts`) does the reading, the temp file and the rename.
 */

import { ECB_QUOTED } from './codes';
import { splitCsvLines } from './csv';
import { isIsoDate } from './dates';
import { RateFileError } from './errors';
import { parseRates } from './rates';
import { FX_COLUMNS, FX_HEADER, roundDerived } from './table';

export interface RebuildInput {
	ecbText: string;
	ecbFile: string;
	currentText: string;
	currentFile: string;
	/** Output file name, for validation messages. */
	outFile: string;
	from?: string;
}

export interface RebuildSummary {
	rows: number;
	first: string;
	last: string;
	ecbLast: string | null;
	fedLast: string | null;
	/** Dates with ECB rates in the current file that the new ECB file lacks (an older download?). */
	lostEcbDates: string[];
}

const DECIMAL = /^\d+(?:\.\d+)?$/;

function readEcb(text: string, file: string, from: string): Map<string, string[]> {
	const [head, ...rows] = splitCsvLines(text, file);
	if (!head || head.fields[0] !== 'Date') {
		throw new RateFileError(
			file,
			head?.line ?? 1,
			'header',
			'expected an ECB file starting "Date,"'
		);
	}
	const at = ECB_QUOTED.map((c) => {
		const i = head.fields.indexOf(c);
		if (i < 0) throw new RateFileError(file, head.line, 'header', `missing column "${c}"`);
		return i;
	});
	const out = new Map<string, string[]>();
	for (const { line, fields } of rows) {
		const date = fields[0] ?? '';
		if (!isIsoDate(date))
			throw new RateFileError(file, line, 'Date', `"${date}" is not a valid date`);
		if (out.has(date)) throw new RateFileError(file, line, 'Date', `"${date}": duplicate date`);
		const values = at.map((i, k) => {
			const raw = fields[i] ?? '';
			if (raw === '' || raw === 'N/A') return '';
			if (!DECIMAL.test(raw) || !(Number(raw) > 0)) {
				throw new RateFileError(
					file,
					line,
					ECB_QUOTED[k] ?? '',
					`"${raw}" is not a positive number`
				);
			}
			// Shortest round-trip form ("1496.0" → "1496"), as the project file has always been written.
			return String(Number(raw));
		});
		if (date >= from && values.some((v) => v !== '')) out.set(date, values);
	}
	return out;
}

/** Fed values by date exactly as written ("142.60"), after validating the whole current file. */
function readCurrent(text: string, file: string, from: string) {
	const table = parseRates(text, file);
	const ecbDates = table.dates.filter((d, i) => d >= from && table.ecb.USD?.[i] != null);
	const [head, ...rows] = splitCsvLines(text, file);
	const dateAt = head?.fields.indexOf(FX_COLUMNS.date) ?? -1;
	const fedAt = head?.fields.indexOf(FX_COLUMNS.fed) ?? -1;
	const out = new Map<string, string>();
	for (const { fields } of rows) {
		const date = fields[dateAt] ?? '';
		const fed = fields[fedAt] ?? '';
		if (fed !== '' && date >= from) out.set(date, fed);
	}
	return { fed: out, ecbDates };
}

export function rebuildFxCsv(input: RebuildInput): { text: string; summary: RebuildSummary } {
	const from = input.from ?? '2012-01-01';
	const ecb = readEcb(input.ecbText, input.ecbFile, from);
	const current = readCurrent(input.currentText, input.currentFile, from);
	const fed = current.fed;
	const dates = [...new Set([...ecb.keys(), ...fed.keys()])].sort();
	const lines = dates.map((date) => {
		const [usd = '', jpy = '', ...rest] = ecb.get(date) ?? ECB_QUOTED.map(() => '');
		// File serialisation, not display: 4 dp exactly as the column has always been written.
		const derived = usd && jpy ? roundDerived(Number(jpy), Number(usd)).toFixed(4) : '';
		return [date, derived, fed.get(date) ?? '', usd, jpy, ...rest].join(',');
	});
	const text = [FX_HEADER.join(','), ...lines].map((l) => l + '\r\n').join('');
	parseRates(text, input.outFile);
	const ecbDates = dates.filter((d) => ecb.has(d));
	const fedDates = dates.filter((d) => fed.has(d));
	return {
		text,
		summary: {
			rows: dates.length,
			first: dates[0] ?? '',
			last: dates.at(-1) ?? '',
			ecbLast: ecbDates.at(-1) ?? null,
			fedLast: fedDates.at(-1) ?? null,
			lostEcbDates: current.ecbDates.filter((d) => !ecb.has(d))
		}
	};
}
