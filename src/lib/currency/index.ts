/**
 * The currency layer's public surface: codes and sources, the rate table and its parser, conversion,
 * implied rates, rate bases, subsets for pages, formatting and citations. Everything here is pure
 * (no Svelte, DOM or file system), so pages, the CLI and tests import the same code. Reading the
 * rate file from disk is `src/lib/server/rates.ts`; the ECB import transform is `ecb-import.ts`.
 */

export * from './codes';
export * from './sources';
export * from './errors';
export * from './dates';
export type { RateTable, Series } from './table';
export { parseRates } from './rates';
export { seriesRange } from './series';
export * from './convert';
export * from './pair';
export * from './implied';
export * from './basis';
export * from './subset';
export * from './intl';
export * from './precision';
export * from './format';
export * from './cite';
