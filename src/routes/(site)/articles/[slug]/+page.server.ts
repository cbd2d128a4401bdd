import { error } from '@sveltejs/kit';
import { loadArticles } from '$lib/server/articles';
import { pagePlots } from '$lib/server/page-plots';
import { published, publishedLinks } from '$lib/server/published';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => loadArticles().map((a) => ({ slug: a.slug }));

export function load({ params, locals, isDataRequest }) {
	// Memoised per article: its embeds and published files read the same page data.
	const found = published(params.slug);
	if (!found) error(404, `No article "${params.slug}" in data/articles/`);
	// Drawn for the HTML only; a client navigation's data request draws with Chart.js.
	if (!isDataRequest) {
		locals.plots = pagePlots(found.view);
		locals.hydrateOnIntent = params.slug;
	}
	return { page: found.data, links: publishedLinks(params.slug) };
}
