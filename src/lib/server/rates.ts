/**
 * Server and CLI only: loads the daily exchange rates from `data/reference/` once per process.
 *
 * Reads the ECB-derived file (`fx_daily_jpy_usd_eur_2012_2025.csv`) and the Fed H.10 file
 * (`fx_daily_fed_h10_1999_2024.csv`) relative to `process.cwd()` (the project root under
 * `vite build`, `npm run …` and vitest), validates each (a bad row throws `file:line: column: …` and
 * so fails the build), merges them with `mergeTables` and memoises the table. Pages must not ship
 * this table whole: send them `subsetTable(loadRates(), dates, currencies)`.
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseH10 } from '../currency/h10-rates';
import { mergeTables } from '../currency/merge';
import { parseRates } from '../currency/rates';
import type { RateTable } from '../currency/table';

export const FX_FILE = 'data/reference/fx_daily_jpy_usd_eur_2012_2025.csv';
export const H10_FILE = 'data/reference/fx_daily_fed_h10_1999_2024.csv';

let cached: RateTable | undefined;

/** Both files, validated and merged; `files` lets the CLI and tests point at other copies. */
export function readRates(files: { fx?: string; h10?: string } = {}): RateTable {
	const fxFile = files.fx ?? FX_FILE;
	const h10File = files.h10 ?? H10_FILE;
	const read = (file: string) => readFileSync(resolve(process.cwd(), file), 'utf8');
	const h10Text = read(h10File);
	return mergeTables(
		{ table: parseRates(read(fxFile), fxFile), file: fxFile },
		{ table: parseH10(h10Text, h10File), file: h10File, text: h10Text }
	);
}

export function loadRates(): RateTable {
	cached ??= readRates();
	return cached;
}
