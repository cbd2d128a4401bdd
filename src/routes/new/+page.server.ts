// The built-in articles, listed beside the ones a reader adds. Everything else on this page runs in
// the browser: the shell is prerendered like every other page.
import { loadArticles } from '$lib/server/articles';

export function load() {
	return {
		builtIn: loadArticles().map(({ slug, meta }) => ({
			slug,
			title: meta.title,
			source: meta.source,
			published: meta.published
		}))
	};
}
