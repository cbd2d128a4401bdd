/**
 * Which rates the page has, and fetching the rest. Pages carry only the fixings they need; a reader
 * who picks their own date gets the whole series from the prerendered /rates.json, once.
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

let pending: Promise<RateTable> | undefined;

/** `url` comes from the page, which knows the site's base path. */
export function loadFullRates(url: string): Promise<RateTable> {
	pending ??= fetch(url)
		.then((r) => {
			if (!r.ok) throw new Error(`HTTP ${r.status}`);
			return r.json() as Promise<RateTable>;
		})
		.catch((e: unknown) => {
			pending = undefined; // let a later choice try again
			throw e;
		});
	return pending;
}
