/**
 * Splits CSV text into numbered lines of fields, for the two rate files we read.
 *
 * Hand-rolled on purpose: both inputs (our `fx_daily_*.csv` and the ECB's `eurofxref-hist.csv`) are
 * machine-written with no quoted fields, no embedded commas and no multi-line cells, so a split on `,`
 * is the whole grammar. A CSV library would add a dependency to the browser bundle (the parser is pure
 * and may run client-side) for features these files never use. A quote character is rejected loudly
 * rather than mis-split, so a future file that does need quoting fails instead of parsing wrongly.
 * Line numbers are 1-based file lines (CRLF or LF); blank lines are skipped but still counted.
 */

import { RateFileError } from './errors';

export interface CsvLine {
	/** 1-based line number in the file as read. */
	line: number;
	fields: string[];
}

export function splitCsvLines(text: string, file: string): CsvLine[] {
	const out: CsvLine[] = [];
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const raw = lines[i] ?? '';
		if (raw.trim() === '') continue;
		if (raw.includes('"')) {
			throw new RateFileError(file, i + 1, 'row', 'quoted CSV fields are not supported');
		}
		out.push({ line: i + 1, fields: raw.split(',').map((f) => f.trim()) });
	}
	return out;
}
