/**
 * Which day an article's amounts are converted at, whichever path built its page. Pure.
 *
 * `convert` refuses a day before the rate series (a typed `before-series` error) and takes the last
 * fixing after its end. A 1999 or a 2026 article should still get conversions,
 * so a day before the data is moved to the series' first day (after its end, `convert` already takes
 * the last fixing), and either way the page says so, naming the day asked for, the range the data
 * covers and the fixing used. The range is the ECB euro–dollar series', which every ECB pair shares
 * (the table's own dates run on with Fed-only rows).
 */
import { CurrencyError } from '$lib/currency/errors';
import { seriesRange } from '$lib/currency/series';
import type { RateTable } from '$lib/currency/table';

export interface RateDay {
	/** The day conversions are asked for: `published`, or the first day of the series if earlier. */
	on: string;
	/** Shown on the page when the article's date is outside the data. */
	notice: string | null;
}

export function rateDayFor(table: RateTable, published: string): RateDay {
	let range: { start: string; end: string };
	try {
		range = seriesRange(table, 'EUR', 'USD', 'ECB');
	} catch (e) {
		if (!(e instanceof CurrencyError)) throw e;
		return { on: published, notice: 'No exchange rates are available; amounts are not converted.' };
	}
	const { start, end } = range;
	const nearest = published < start ? start : published > end ? end : null;
	if (nearest === null) return { on: published, notice: null };
	return {
		on: published < start ? start : published,
		notice: `Rates for ${published} are not in the data (${start} to ${end}); using the nearest available, ${nearest}.`
	};
}
