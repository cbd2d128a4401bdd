/**
 * The claims layer's public surface: the claims-file schema, the rule evaluators, verdict types and
 * the chart-series helpers. Pure (no Svelte, DOM or file system); reading `data/claims/` and
 * `data/reference/` is `src/lib/server/claims.ts` and `src/lib/server/reference-series.ts`.
 */
export * from './schema';
export * from './verdict';
export * from './reference';
export * from './evaluate';
export * from './series';
export { roundingInterval, roundTo, within, ROUNDING_HALF_UNIT } from './rounding';
export { recordBudget } from './rules/record-budget';
export { impliedRateCheck } from './rules/implied-rate';
export { lessThanRevenues } from './rules/less-than-revenues';
export { targetPath } from './rules/target-path';
