/**
 * Browser only: fetches one year of the rate series (`/rates/<YEAR>.json`, prerendered; see
 * $lib/currency/years) for a reader who picks their own rate date or pastes an article. Each file
 * is fetched once; a failed fetch is forgotten so a later choice can try again.
 */
import type { RateTable } from '$lib/currency/table';

const pending = new Map<string, Promise<RateTable>>();

/** `url` comes from the page, which knows the site's base path. */
export function loadRateFile(url: string): Promise<RateTable> {
	let request = pending.get(url);
	if (!request) {
		request = fetch(url)
			.then((r) => {
				if (!r.ok) throw new Error(`HTTP ${r.status}`);
				return r.json() as Promise<RateTable>;
			})
			.catch((e: unknown) => {
				pending.delete(url); // let a later choice try again
				throw e;
			});
		pending.set(url, request);
	}
	return request;
}
