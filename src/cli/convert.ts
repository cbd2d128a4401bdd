/**
 * `npm run --silent convert -- <amount> <FROM> <TO> [--on YYYY-MM-DD] [--source ECB|FED_H10]`
 *
 * Prints one JSON line, `{"value":…,"rate":…,"rateDate":"YYYY-MM-DD","source":"…",…}` (the contract in
 * DESIGN.md; the extra fields follow those four). `--on` defaults to the pair's latest fixing; without
 * `--source` the pair's default applies (ECB for its pairs, Fed H.10 before the ECB data and for every
 * other currency) and `source` names the one used. A date outside the data is an error worded by the
 * same rule the page uses (`outsideData`), naming the source and its range: a pipeline asking for a
 * day's rate must not silently get another day's (the dashboard's "latest" basis is where the last
 * fixing is used on purpose, and says so). Currency codes are read in any case (`parseCurrencyArg`,
 * as `export --currency` does); a negative amount converts to a negative value. Any error is one line
 * on stderr and exit 2. Thin by design: all logic is in `src/lib/currency`.
 */

import { parseCurrencyArg } from '../lib/currency/codes';
import { convert } from '../lib/currency/convert';
import { coverage } from '../lib/currency/coverage';
import { parseIsoDate } from '../lib/currency/dates';
import { CurrencyError, RateFileError } from '../lib/currency/errors';
import { outsideData } from '../lib/currency/rate-day';
import { parseRateSource } from '../lib/currency/sources';
import type { RateTable } from '../lib/currency/table';
import { loadRates } from '../lib/server/rates';
import { parseConvertArgs } from './convert-args';
import { CliError, failed, isMain, PROCESS_IO, type CliIO } from './io';

export interface ConvertDeps {
	/** The rate table; tests pass a broken or small one. */
	rates?: () => RateTable;
}

export function main(argv: string[], io: CliIO, deps: ConvertDeps = {}): number {
	try {
		const args = parseConvertArgs(argv);
		const from = parseCurrencyArg(args.from);
		const to = parseCurrencyArg(args.to);
		const source = args.source === undefined ? undefined : parseRateSource(args.source);
		const on = args.on === undefined ? undefined : parseIsoDate(args.on);
		const table = (deps.rates ?? loadRates)();
		const day = from === to ? sameCurrencyDay(table, on) : pairDay(table, from, to, on, source);
		const result = convert(args.amount, from, to, day, table, source);
		io.stdout(JSON.stringify(result) + '\n');
		return 0;
	} catch (e) {
		if (e instanceof CliError || e instanceof CurrencyError || e instanceof RateFileError) {
			return failed(io, 'convert', e.message);
		}
		throw e;
	}
}

/** Same-currency conversions need no rate, but a day outside the data is still refused. */
function sameCurrencyDay(table: RateTable, on: string | undefined): string {
	const [first = '', last = ''] = [table.dates[0], table.dates.at(-1)];
	if (on === undefined) return last;
	if (on < first || on > last)
		throw new CliError(`${on} is outside the rate data (${first} to ${last})`);
	return on;
}

function pairDay(
	table: RateTable,
	from: Parameters<typeof coverage>[1],
	to: Parameters<typeof coverage>[2],
	on: string | undefined,
	source: Parameters<typeof coverage>[3]
): string {
	const cov = coverage(table, from, to, source);
	if (on === undefined) return cov.end;
	const outside = outsideData(cov, on);
	if (outside === null) return on;
	const hint =
		outside.side === 'after'
			? `; use --on ${cov.end} or leave --on out for the latest fixing`
			: `; use --on ${cov.start} or later`;
	throw new CliError(outside.message + hint);
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2), PROCESS_IO);
