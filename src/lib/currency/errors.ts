/**
 * The two typed failures of the currency layer.
 *
 * `CurrencyError` is a conversion that cannot be answered honestly (unknown currency, bad date, a date
 * before the data starts, a pair the source does not publish); `code` lets the UI explain it instead of
 * showing a silent NaN. `RateFileError` is a bad rate file; its message always starts `file:line: field:`
 * so a failed build points at the cell to fix. Pure: no I/O.
 */

export type CurrencyErrorCode =
	| 'unknown-currency'
	| 'unknown-source'
	| 'invalid-date'
	| 'invalid-amount'
	| 'before-series'
	| 'unsupported-pair'
	| 'no-data';

export class CurrencyError extends Error {
	readonly code: CurrencyErrorCode;

	constructor(code: CurrencyErrorCode, message: string) {
		super(message);
		this.name = 'CurrencyError';
		this.code = code;
	}
}

export class RateFileError extends Error {
	readonly file: string;
	/** 1-based line in the file as read. */
	readonly line: number;
	/** The column name, or `header` / `row` for problems that are not one cell. */
	readonly field: string;

	constructor(file: string, line: number, field: string, problem: string) {
		super(`${file}:${line}: ${field}: ${problem}`);
		this.name = 'RateFileError';
		this.file = file;
		this.line = line;
		this.field = field;
	}
}
