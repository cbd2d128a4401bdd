// The whole rate series as one static file, fetched only when a reader picks their own rate date;
// pages themselves carry just the fixings they need.
import { json } from '@sveltejs/kit';
import { loadRates } from '$lib/server/rates';

export const prerender = true;

export function GET() {
	return json(loadRates());
}
