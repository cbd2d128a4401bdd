/**
 * Cell checks the reference loaders share: each returns the cell's value or throws `DataFileError`
 * as `file:line: column: reason`, which fails the build at the cell to fix. Node only (via csv.ts).
 */
import { DataFileError, type CsvRecord } from '../csv';

export { DataFileError, positiveNumber, readCsv, type CsvRecord } from '../csv';

export type Check = (file: string, row: CsvRecord, column: string) => string;

export const text: Check = (file, row, column) => {
	const value = row.get(column).trim();
	if (value === '') throw new DataFileError(file, row.line, column, 'must not be empty');
	return value;
};

export function matching(file: string, row: CsvRecord, column: string, pattern: RegExp): string {
	const value = row.get(column);
	if (!pattern.test(value)) {
		throw new DataFileError(
			file,
			row.line,
			column,
			`${JSON.stringify(value)} must match ${pattern}`
		);
	}
	return value;
}

export function unique(
	file: string,
	row: CsvRecord,
	column: string,
	seen: Set<string>,
	key: string
) {
	if (seen.has(key)) throw new DataFileError(file, row.line, column, `duplicate row for ${key}`);
	seen.add(key);
}
