/**
 * Server and CLI only: loads the daily exchange rates from `data/reference/` once per process.
 *
 * Reads `data/reference/fx_daily_jpy_usd_eur_2012_2025.csv` relative to `process.cwd()` (the project
 * root under `vite build`, `npm run …` and vitest), validates it with `parseRates` (a bad row throws
 * `file:line: column: …` and so fails the build), and memoises the table. Pages must not ship this
 * table whole: send them `subsetTable(loadRates(), dates, currencies)`.
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseRates } from '../currency/rates';
import type { RateTable } from '../currency/table';

export const FX_FILE = 'data/reference/fx_daily_jpy_usd_eur_2012_2025.csv';

let cached: RateTable | undefined;

export function loadRates(): RateTable {
	cached ??= parseRates(readFileSync(resolve(process.cwd(), FX_FILE), 'utf8'), FX_FILE);
	return cached;
}
