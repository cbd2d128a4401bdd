/**
 * Reads and validates every article in `data/articles/` at build time. The only place that touches
 * that folder: everything downstream receives validated `ArticleSource`s and trusts them.
 */
import { loadArticlesFrom } from './load-articles';
import type { ArticleSource } from '$lib/articles/schema';

export const ARTICLES_DIR = 'data/articles';
/** The article `/` opens on. */
export const DEFAULT_SLUG = 'afp-2023-12-23-japan-patriot-exports';

let cache: ArticleSource[] | undefined;

/**
 * Memoised for the build: every prerendered page reads the same validated list. A dev server reads
 * afresh, to pick up edits to data/ without a restart. Not `$app/environment`, so the CLI and the
 * scripts can use this module outside SvelteKit.
 */
export function loadArticles(): ArticleSource[] {
	if (process.env.NODE_ENV === 'development') return loadArticlesFrom(ARTICLES_DIR);
	cache ??= loadArticlesFrom(ARTICLES_DIR);
	return cache;
}

export function getArticle(slug: string): ArticleSource | undefined {
	return loadArticles().find((a) => a.slug === slug);
}
