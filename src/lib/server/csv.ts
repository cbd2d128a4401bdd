/**
 * Reads a reference CSV with a header row into records that remember their file line, so validation
 * errors can say `file:line: column: reason`. Uses csv-parse because these files quote fields that
 * contain commas (source titles, notes).
 */
import { parse } from 'csv-parse/sync';
import { ArticleError } from '../articles/parse';
import { readText } from './read-text';

export interface CsvRecord {
	line: number;
	get(column: string): string;
}

/** A reference-data error, reported as every data error is: `file:line: field: reason`. */
export class DataFileError extends ArticleError {
	constructor(file: string, line: number, field: string, reason: string) {
		super(file, line, field, reason);
		this.name = 'DataFileError';
	}
}

export function readCsv(file: string, required: string[]): CsvRecord[] {
	let rows: { record: string[]; info: { lines: number } }[];
	// csv-parse counts CR and LF as two lines; LF alone keeps reported lines true to the file.
	// A lone CR is junk in these files; shown as \r it fails validation on the line it is on, where
	// csv-parse would otherwise count it as a line break and name the wrong line.
	const text = readText(file).replace(/\r\n/g, '\n').replace(/\r/g, '\\r');
	try {
		rows = parse(text, {
			bom: true,
			// Only LF ends a record (CRLF is folded above): a stray CR is data, not a new line.
			record_delimiter: '\n',
			skip_empty_lines: true,
			info: true
		}) as unknown as typeof rows;
	} catch (e) {
		// csv-parse reports the line it stopped at; rephrase so every data error reads file:line: field.
		// An unclosed quote runs to the end of the file, so name the line where it opened instead.
		const unclosed = (e as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED';
		const opened = text.split('\n').findIndex((l) => (l.match(/"/g)?.length ?? 0) % 2 === 1);
		const line = unclosed && opened >= 0 ? opened + 1 : ((e as { lines?: number }).lines ?? 0);
		throw new DataFileError(file, line, 'row', (e as Error).message.replace(/ on line \d+$/, ''));
	}
	const header = rows[0]?.record ?? [];
	for (const column of required) {
		if (!header.includes(column)) throw new DataFileError(file, 1, column, 'column is missing');
	}
	return rows.slice(1).map(({ record, info }) => ({
		line: info.lines,
		get(column: string) {
			return record[header.indexOf(column)] ?? '';
		}
	}));
}

export function positiveNumber(file: string, row: CsvRecord, column: string): number {
	const raw = row.get(column);
	const value = Number(raw);
	if (raw.trim() === '' || !Number.isFinite(value) || value < 0) {
		throw new DataFileError(file, row.line, column, `${JSON.stringify(raw)} is not a number ≥ 0`);
	}
	return value;
}
