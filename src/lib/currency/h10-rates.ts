/**
 * Parses and validates the Fed H.10 rate file (`data/reference/fx_daily_fed_h10_1999_2024.csv`).
 *
 * Input: the CSV text and the file name to report. Output: a `RateTable` with no ECB series, the
 * JPY column as `fed` and the other currencies in `h10`, values as published (see `h10.ts` for
 * which are USD per unit), or a `RateFileError` `file:line: column: problem`. Checks: every H.10
 * column is in the header, rows have the header's width, dates are real and strictly ascending, every
 * non-blank cell is a positive decimal, the file has rows, and each column has at least one value (a
 * column blanked by mistake would otherwise read as "no rates for INR" far from its cause). Pure.
 */

import type { FedQuoted } from './codes';
import { splitCsvLines } from './csv';
import { isIsoDate } from './dates';
import { RateFileError } from './errors';
import { H10_CODES, h10Column } from './h10';
import { parseRate, requireRates } from './rates';
import type { H10Other, RateTable, Series } from './table';

export function parseH10(text: string, file: string): RateTable {
	const rows = splitCsvLines(text, file);
	const head = rows[0];
	if (!head) throw new RateFileError(file, 1, 'header', 'the file is empty');
	const at = (name: string) => {
		const i = head.fields.indexOf(name);
		if (i < 0) throw new RateFileError(file, head.line, 'header', `missing column "${name}"`);
		return i;
	};
	const dateAt = at('date');
	const columns = H10_CODES.map((code) => ({
		code,
		name: h10Column(code),
		i: at(h10Column(code))
	}));
	const dates: string[] = [];
	const series = new Map<FedQuoted, Series>(H10_CODES.map((c) => [c, []]));
	let previous = '';
	for (const { line, fields } of rows.slice(1)) {
		if (fields.length !== head.fields.length) {
			const problem = `has ${fields.length} fields, expected ${head.fields.length}`;
			throw new RateFileError(file, line, 'row', problem);
		}
		const date = fields[dateAt] ?? '';
		if (!isIsoDate(date)) {
			throw new RateFileError(file, line, 'date', `"${date}" is not a valid YYYY-MM-DD date`);
		}
		if (date <= previous) {
			const why =
				date === previous ? 'duplicate date' : `dates must ascend, previous is ${previous}`;
			throw new RateFileError(file, line, 'date', `"${date}": ${why}`);
		}
		previous = date;
		dates.push(date);
		for (const { code, name, i } of columns) {
			series.get(code)?.push(parseRate(fields[i] ?? '', file, line, name));
		}
	}
	requireRates(head.line, dates.length, file);
	for (const { code, name } of columns) {
		if (series.get(code)?.every((v) => v === null)) {
			throw new RateFileError(file, head.line, name, 'the column has no rates');
		}
	}
	const h10: Partial<Record<H10Other, Series>> = {};
	for (const code of H10_CODES) if (code !== 'JPY') h10[code] = series.get(code) ?? [];
	return { dates, ecb: {}, fed: series.get('JPY') ?? [], h10 };
}
