/**
 * Reads a reference CSV with a header row into records that remember their file line, so validation
 * errors can say `file:line: column: reason`. Uses csv-parse because these files quote fields that
 * contain commas (source titles, notes).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { ArticleError } from '../articles/parse';

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
	try {
		rows = parse(readFileSync(file, 'utf8'), {
			bom: true,
			skip_empty_lines: true,
			info: true
		}) as unknown as typeof rows;
	} catch (e) {
		// csv-parse reports the line it stopped at; rephrase so every data error reads file:line: field.
		const line = (e as { lines?: number }).lines ?? 0;
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
