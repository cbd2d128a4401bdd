/**
 * Browser only: fetches the whole rate series, once, from the prerendered `/rates.json`, for a reader
 * who picks their own rate date or pastes an article. A failed fetch is forgotten so a later choice
 * can try again.
 */
import type { RateTable } from '$lib/currency/table';

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
