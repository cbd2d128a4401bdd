/**
 * Parses and validates the daily rate file into a `RateTable`.
 *
 * Input: the CSV text and the file name to report (`data/reference/fx_daily_jpy_usd_eur_2012_2025.csv`).
 * Output: a `RateTable`, or a `RateFileError` whose message is `file:line: column: problem`. Checks:
 * every expected column is in the header (in any order; extra columns are ignored), each row has as
 * many fields as the header, dates are real and strictly ascending (so no duplicates), every non-blank
 * rate is a positive decimal number, and the derived JPY/USD column agrees with the two ECB columns it
 * is computed from. Pure: the caller reads the file (see `src/lib/server/rates.ts`).
 */

import { ECB_QUOTED } from './codes';
import { splitCsvLines } from './csv';
import { isIsoDate } from './dates';
import { RateFileError } from './errors';
import { FX_COLUMNS, roundDerived, type RateTable, type Series } from './table';

// Plain decimals only: no sign, no exponent, no "N/A". A blank cell is the only way to say "no fixing".
const DECIMAL = /^\d+(?:\.\d+)?$/;

export function parseRate(raw: string, file: string, line: number, field: string): number | null {
	if (raw === '') return null;
	const n = Number(raw);
	if (!DECIMAL.test(raw) || !Number.isFinite(n) || n <= 0) {
		throw new RateFileError(file, line, field, `"${raw}" is not a positive number`);
	}
	return n;
}

export function parseRates(text: string, file: string): RateTable {
	const rows = splitCsvLines(text, file);
	const head = rows[0];
	if (!head) throw new RateFileError(file, 1, 'header', 'the file is empty');
	const index = (name: string): number => {
		const i = head.fields.indexOf(name);
		if (i < 0) throw new RateFileError(file, head.line, 'header', `missing column "${name}"`);
		return i;
	};
	const dateAt = index(FX_COLUMNS.date);
	const derivedAt = index(FX_COLUMNS.derived);
	const fedAt = index(FX_COLUMNS.fed);
	const ecbAt = ECB_QUOTED.map((c) => [c, index(FX_COLUMNS.ecb[c])] as const);
	const usdAt = index(FX_COLUMNS.ecb.USD);
	const jpyAt = index(FX_COLUMNS.ecb.JPY);

	const dates: string[] = [];
	const fed: Series = [];
	const ecb: Required<RateTable['ecb']> = { USD: [], JPY: [], GBP: [], KRW: [], CNY: [] };
	let previous = '';
	for (const { line, fields } of rows.slice(1)) {
		if (fields.length !== head.fields.length) {
			throw new RateFileError(
				file,
				line,
				'row',
				`has ${fields.length} fields, expected ${head.fields.length}`
			);
		}
		const cell = (i: number) => fields[i] ?? '';
		const date = cell(dateAt);
		if (!isIsoDate(date)) {
			throw new RateFileError(
				file,
				line,
				FX_COLUMNS.date,
				`"${date}" is not a valid YYYY-MM-DD date`
			);
		}
		if (date <= previous) {
			const why =
				date === previous ? 'duplicate date' : `dates must ascend, previous is ${previous}`;
			throw new RateFileError(file, line, FX_COLUMNS.date, `"${date}": ${why}`);
		}
		previous = date;
		dates.push(date);
		fed.push(parseRate(cell(fedAt), file, line, FX_COLUMNS.fed));
		for (const [c, at] of ecbAt) ecb[c].push(parseRate(cell(at), file, line, FX_COLUMNS.ecb[c]));
		checkDerived(cell(derivedAt), cell(usdAt), cell(jpyAt), file, line);
	}
	requireRates(head.line, dates.length, file);
	return { dates, ecb, fed };
}

/**
 * A file with a header and no rows would load as an empty table and fail much later, far from the
 * file, as "no rates for JPY→USD"; say where the data should have been instead.
 */
export function requireRates(headerLine: number, rows: number, file: string): void {
	if (rows === 0) {
		throw new RateFileError(file, headerLine + 1, 'row', 'no rates: the file has only its header');
	}
}

/** The derived column is redundant, so a mismatch means one of the three cells was edited by hand. */
function checkDerived(raw: string, usdRaw: string, jpyRaw: string, file: string, line: number) {
	const field = FX_COLUMNS.derived;
	const derived = parseRate(raw, file, line, field);
	const usd = usdRaw === '' ? null : Number(usdRaw);
	const jpy = jpyRaw === '' ? null : Number(jpyRaw);
	if (usd === null || jpy === null) {
		if (derived !== null)
			throw new RateFileError(file, line, field, `"${raw}" has no ECB USD and JPY to derive from`);
		return;
	}
	const expected = roundDerived(jpy, usd);
	// Half a unit in the 4th decimal: either rounding of an exact tie is accepted.
	if (derived === null || Math.abs(derived - jpy / usd) > 0.00005 + 1e-9) {
		throw new RateFileError(
			file,
			line,
			field,
			`"${raw}" does not match ${FX_COLUMNS.ecb.JPY} / ${FX_COLUMNS.ecb.USD} = ${expected}`
		);
	}
}
