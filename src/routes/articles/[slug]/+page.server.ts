import { error } from '@sveltejs/kit';
import { getArticle, loadArticles } from '$lib/server/articles';
import { articlePageData } from '$lib/server/page-data';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => loadArticles().map((a) => ({ slug: a.slug }));

export function load({ params }) {
	const article = getArticle(params.slug);
	if (!article) error(404, `No article "${params.slug}" in data/articles/`);
	return { page: articlePageData(article) };
}
