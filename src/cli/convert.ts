/**
 * `npm run --silent convert -- <amount> <FROM> <TO> [--on YYYY-MM-DD] [--source ECB|FED_H10]`
 *
 * Prints one JSON line, `{"value":…,"rate":…,"rateDate":"YYYY-MM-DD","source":"…",…}` (the contract in
 * DESIGN.md; the extra fields follow those four). `--on` defaults to the pair's latest fixing. A date
 * outside the data, before its start or after its end, is an error, as DESIGN.md's contract says: a
 * pipeline asking for a day's rate must not silently get another day's (the dashboard's "latest"
 * basis is where the last fixing is used on purpose, and says so). Any error (unknown currency, bad
 * amount or date, date outside the data, bad rate file) is one line on stderr and exit code 2. Thin
 * by design: all logic is in `src/lib/currency`.
 */

import { parseArgs } from 'node:util';
import { parseCurrencyCode } from '../lib/currency/codes';
import { convert } from '../lib/currency/convert';
import { parseIsoDate } from '../lib/currency/dates';
import { CurrencyError, RateFileError } from '../lib/currency/errors';
import { seriesRange } from '../lib/currency/series';
import { parseRateSource } from '../lib/currency/sources';
import { loadRates } from '../lib/server/rates';

const USAGE = 'usage: convert <amount> <FROM> <TO> [--on YYYY-MM-DD] [--source ECB|FED_H10]';

function fail(message: string): never {
	process.stderr.write(`convert: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
	process.exit(2);
}

function parseAmount(raw: string): number {
	// Number() accepts "", "0x1F" and " 12 "; only plain decimals and exponents are amounts here.
	const n = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(raw) ? Number(raw) : NaN;
	if (!Number.isFinite(n)) fail(`"${raw}" is not an amount (e.g. 3e12 or 7949600000000)`);
	return n;
}

try {
	const { values, positionals } = parseArgs({
		options: { on: { type: 'string' }, source: { type: 'string', default: 'ECB' } },
		allowPositionals: true
	});
	if (positionals.length !== 3) fail(USAGE);
	const [amountRaw = '', fromRaw = '', toRaw = ''] = positionals;
	const amount = parseAmount(amountRaw);
	const from = parseCurrencyCode(fromRaw);
	const to = parseCurrencyCode(toRaw);
	const source = parseRateSource(values.source ?? 'ECB');
	const table = loadRates();
	const on =
		values.on !== undefined
			? parseIsoDate(values.on)
			: from === to
				? (table.dates.at(-1) ?? '')
				: seriesRange(table, from, to, source).end;
	// Same-currency conversions need no rate, but a day outside the data is still refused, so
	// the contract holds for every pair.
	const [first = '', last = ''] = [table.dates[0], table.dates.at(-1)];
	if (from === to && (on < first || on > last)) {
		fail(`${on} is outside the rate data (${first} to ${last})`);
	}
	const result = convert(amount, from, to, on, table, source);
	if (result.afterSeriesEnd) {
		const { start, end } = seriesRange(table, from, to, source);
		fail(
			`${on} is after the ${source} ${from}/${to} data (${start} to ${end}); use --on ${end} or leave --on out for the latest fixing`
		);
	}
	process.stdout.write(JSON.stringify(result) + '\n');
} catch (e) {
	if (e instanceof CurrencyError || e instanceof RateFileError) fail(e.message);
	// parseArgs throws TypeErrors with a `code` for unknown or malformed options.
	if (e instanceof Error && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
		fail(`${e.message}; ${USAGE}`);
	}
	throw e;
}
