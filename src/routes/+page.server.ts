import { error } from '@sveltejs/kit';
import { DEFAULT_SLUG, getArticle } from '$lib/server/articles';
import { articlePageData } from '$lib/server/page-data';

export function load() {
	const article = getArticle(DEFAULT_SLUG);
	if (!article) error(500, `The default article "${DEFAULT_SLUG}" is missing from data/articles/`);
	return { page: articlePageData(article) };
}
