/**
 * Where a rate comes from, with the names a reader sees when a rate is cited.
 *
 * `ECB` is the default for the pairs it publishes (cross rates through EUR); `FED_H10`, the Fed's
 * H.10 release, covers every currency the dashboard has (crosses through USD) and is what US
 * reporting usually cites. Which one a pair uses on a day is decided in `coverage.ts`. Pure data.
 */

import { CurrencyError } from './errors';

export const RATE_SOURCES = ['ECB', 'FED_H10'] as const;
export type RateSource = (typeof RATE_SOURCES)[number];

/** The default for ECB pairs; the default for any pair is `defaultSource` in `coverage.ts`. */
export const DEFAULT_RATE_SOURCE: RateSource = 'ECB';

/** Full names, for provenance notes and tooltips. */
export const RATE_SOURCE_NAMES: Record<RateSource, string> = {
	ECB: 'European Central Bank euro reference rates',
	FED_H10: 'Federal Reserve H.10 (noon buying rates, New York)'
};

/** Short names, for citations beside a figure or on an exported image. */
export const RATE_SOURCE_SHORT_NAMES: Record<RateSource, string> = {
	ECB: 'ECB',
	FED_H10: 'Fed H.10'
};

export function isRateSource(value: unknown): value is RateSource {
	return typeof value === 'string' && (RATE_SOURCES as readonly string[]).includes(value);
}

export function parseRateSource(value: string): RateSource {
	if (isRateSource(value)) return value;
	throw new CurrencyError(
		'unknown-source',
		`Unknown rate source "${value}"; supported: ${RATE_SOURCES.join(', ')}`
	);
}
