// The whole rate series as one static file (1.3 MB, 355 KB gzipped, since it holds 23 currencies
// from 1999). Pages carry just the fixings they need; a reader who picks their own date should
// fetch that year's file, /rates/<YEAR>.json, instead. Kept for the callers that still fetch it.
import { json } from '@sveltejs/kit';
import { loadRates } from '$lib/server/rates';

export const prerender = true;

export function GET() {
	return json(loadRates());
}
