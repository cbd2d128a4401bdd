/**
 * Which rates a page has. Pure: pages carry only the fixings they need, and a reader who picks their
 * own date needs the whole series, which `$lib/browser/rates` fetches.
 */
import type { RateTable } from '$lib/currency/table';
import type { RateBasis } from '$lib/state/url';

export function rateRange(table: RateTable): { start: string; end: string } {
	return { start: table.dates[0] ?? '2012-01-02', end: table.dates.at(-1) ?? '2012-01-02' };
}

/** A chosen date needs the full series; the named bases are covered by the page's subset. */
export function needsFullRates(basis: RateBasis): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(basis);
}
