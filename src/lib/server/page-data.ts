/**
 * Shapes one article into the plain JSON a dashboard page needs. Runs at build time (prerender), so
 * the browser receives figures already extracted and only the rates it will use.
 */
import type { ArticleSource } from '$lib/articles/schema';
import { extractFigures, splitSentences } from '$lib/figures';

export function articlePageData(article: ArticleSource) {
	const sentences = splitSentences(article.text);
	const figures = extractFigures(article.text, { published: article.meta.published });
	return {
		slug: article.slug,
		meta: article.meta,
		text: article.text,
		sentences,
		figures
	};
}

export type ArticlePageData = ReturnType<typeof articlePageData>;
