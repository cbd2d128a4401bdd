// The built-in articles, listed beside the ones a reader adds, and the years the rate files cover
// (a pasted article fetches the year of its date). Everything else on this page runs in the
// browser: the shell is prerendered like every other page.
import { rateYears } from '$lib/currency/years';
import { loadArticles } from '$lib/server/articles';
import { loadRates } from '$lib/server/rates';

export function load() {
	return {
		rateYears: rateYears(loadRates()),
		builtIn: loadArticles().map(({ slug, meta }) => ({
			slug,
			title: meta.title,
			source: meta.source,
			published: meta.published
		}))
	};
}
