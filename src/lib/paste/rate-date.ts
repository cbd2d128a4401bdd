/**
 * Which day a pasted article's amounts are converted at. Pure.
 *
 * `convert` refuses a day before the rate series (a typed `before-series` error) and takes the last
 * fixing after its end. A reader who pastes a 1999 or a 2026 article should still get conversions,
 * so a day before the data is moved to the series' first day (after its end, `convert` already takes
 * the last fixing), and either way the page says so, naming the day asked for, the range the data
 * covers and the fixing used.
 */
import type { RateTable } from '$lib/currency/table';

export interface RateDate {
	/** The day conversions are asked for: `published`, or the first day of the series if earlier. */
	on: string;
	/** Shown on the page when `on` is not the article's own date. */
	notice: string | null;
}

export function rateDateFor(table: RateTable, published: string): RateDate {
	const first = table.dates[0];
	const last = table.dates.at(-1);
	if (first === undefined || last === undefined) {
		return { on: published, notice: 'No exchange rates are available; amounts are not converted.' };
	}
	const nearest = published < first ? first : published > last ? last : null;
	if (nearest === null) return { on: published, notice: null };
	return {
		on: published < first ? first : published,
		notice: `Rates for ${published} are not in the data (${first} to ${last}); using the nearest available, ${nearest}.`
	};
}
