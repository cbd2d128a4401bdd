// Every article's index entry in one static file, fetched by the index page's title search.
import { json } from '@sveltejs/kit';
import { articleIndex } from '$lib/server/article-index';

export const prerender = true;

export function GET() {
	return json(articleIndex());
}
