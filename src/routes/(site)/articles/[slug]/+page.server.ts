import { error } from '@sveltejs/kit';
import { getArticle, loadArticles } from '$lib/server/articles';
import { articlePageData } from '$lib/server/page-data';
import { pagePlots } from '$lib/server/page-plots';
import { publishedLinks } from '$lib/server/published';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => loadArticles().map((a) => ({ slug: a.slug }));

export function load({ params, locals, isDataRequest }) {
	const article = getArticle(params.slug);
	if (!article) error(404, `No article "${params.slug}" in data/articles/`);
	const page = articlePageData(article);
	// Drawn for the HTML only; a client navigation's data request draws with Chart.js.
	if (!isDataRequest) locals.plots = pagePlots(page);
	return { page, links: publishedLinks(params.slug) };
}
