/**
 * The currency layer's public surface: codes and sources, the rate table and its parsers, which
 * source covers a pair and the rule for a day outside the data, conversion, implied and stated rates,
 * rate bases, subsets for pages and per-year files, formatting and citations. Everything here is pure
 * (no Svelte, DOM or file system), so pages, the CLI and tests import the same code. Reading the
 * rate files from disk is `src/lib/server/rates.ts`; the import transforms are `ecb-import.ts` and
 * `fred-import.ts`, the source comparison `compare.ts`.
 */

export * from './codes';
export * from './sources';
export * from './errors';
export * from './dates';
export * from './names';
export type { RateTable, Series } from './table';
export { parseRates } from './rates';
export { parseH10 } from './h10-rates';
export { mergeTables } from './merge';
export { seriesRange } from './series';
export * from './coverage';
export * from './rate-day';
export * from './convert';
export * from './pair';
export * from './implied';
export * from './stated';
export * from './basis';
export * from './subset';
export * from './years';
export * from './intl';
export * from './precision';
export * from './format';
export * from './cite';
