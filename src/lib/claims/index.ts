/**
 * The claims layer's public surface: the claims-file schema, the rule evaluators and verdict types.
 * Pure (no Svelte, DOM or file system). Reference data is `$lib/reference`; reading `data/claims/`
 * and `data/reference/` is `src/lib/server/claims.ts` and `src/lib/server/reference/`.
 */
export * from './schema';
export * from './verdict';
export * from './reference';
export * from './evaluate';
export { roundingInterval, roundTo, within, ROUNDING_HALF_UNIT } from './rounding';
export { recordBudget } from './rules/record-budget';
export { impliedRateCheck } from './rules/implied-rate';
export { lessThanRevenues } from './rules/less-than-revenues';
export { targetPath } from './rules/target-path';
