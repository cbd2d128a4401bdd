// The article's 1200×630 social card, named by its pages' og:image.
import { error } from '@sveltejs/kit';
import { cardPng } from '$lib/server/published';
import { loadArticles } from '$lib/server/articles';

export const prerender = true;
export const entries = () => loadArticles().map(({ slug }) => ({ slug }));

export function GET({ params }) {
	const png = cardPng(params.slug);
	if (!png) error(404, 'No such article');
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
