/**
 * The reference-data layer's public surface: pure types, lookups, chart series and number formats.
 * Reading and validating `data/reference/` is `src/lib/server/reference/`; nothing here does I/O.
 */
export * from './model';
export * from './lookup';
export * from './format';
export * from './series/budget';
export * from './series/share';
export * from './series/industry';
