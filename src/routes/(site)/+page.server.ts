import { error } from '@sveltejs/kit';
import { DEFAULT_SLUG, getArticle } from '$lib/server/articles';
import { articlePageData } from '$lib/server/page-data';
import { pagePlots } from '$lib/server/page-plots';
import { publishedLinks } from '$lib/server/published';

export function load({ locals, isDataRequest }) {
	const article = getArticle(DEFAULT_SLUG);
	if (!article) error(500, `The default article "${DEFAULT_SLUG}" is missing from data/articles/`);
	const page = articlePageData(article);
	// Drawn for the HTML only; a client navigation's data request draws with Chart.js.
	if (!isDataRequest) locals.plots = pagePlots(page);
	return { page, links: publishedLinks(DEFAULT_SLUG) };
}
