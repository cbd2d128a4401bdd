import { error } from '@sveltejs/kit';
import { DEFAULT_SLUG } from '$lib/server/articles';
import { pagePlots } from '$lib/server/page-plots';
import { published, publishedLinks } from '$lib/server/published';

export function load({ locals, isDataRequest }) {
	// The same memoised page data as the article's own page, embeds and published files.
	const found = published(DEFAULT_SLUG);
	if (!found) error(500, `The default article "${DEFAULT_SLUG}" is missing from data/articles/`);
	// Drawn for the HTML only; a client navigation's data request draws with Chart.js.
	if (!isDataRequest) {
		locals.plots = pagePlots(found.view);
		locals.hydrateOnIntent = DEFAULT_SLUG;
	}
	return { page: found.data, links: publishedLinks(DEFAULT_SLUG) };
}
