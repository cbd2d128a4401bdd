// One year of every rate series, as a static file: a reader who picks their own rate date fetches
// the year of that date (see $lib/currency/years), not the whole 1.3 MB series.
import { error, json } from '@sveltejs/kit';
import { rateYears, yearTable } from '$lib/currency/years';
import { loadRates } from '$lib/server/rates';

export const prerender = true;

export function entries() {
	return rateYears(loadRates()).map((year) => ({ year }));
}

export function GET({ params }: { params: { year: string } }) {
	if (!rateYears(loadRates()).includes(params.year)) error(404, 'No rates for that year');
	return json(yearTable(loadRates(), params.year));
}
