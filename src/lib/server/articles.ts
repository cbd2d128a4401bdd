/**
 * Reads and validates every article in `data/articles/` at build time. The only place that touches
 * that folder: everything downstream receives validated `ArticleSource`s and trusts them.
 */
import { CLAIMS_DIR } from './claims';
import { loadArticlesFrom } from './load-articles';
import { NOTES_DIR } from './notes';
import { refuseOrphans } from './orphans';
import type { ArticleSource } from '$lib/articles/schema';

export const ARTICLES_DIR = 'data/articles';
/** The article `/` opens on. */
export const DEFAULT_SLUG = 'afp-2023-12-23-japan-patriot-exports';

let cache: ArticleSource[] | undefined;

/** Every article, and no notes or claims file without its article. */
function loadChecked(): ArticleSource[] {
	const articles = loadArticlesFrom(ARTICLES_DIR);
	const slugs = new Set(articles.map((a) => a.slug));
	refuseOrphans(NOTES_DIR, slugs, 'notes');
	refuseOrphans(CLAIMS_DIR, slugs, 'claims');
	return articles;
}

/**
 * Memoised for the build: every prerendered page reads the same validated list. A dev server reads
 * afresh, to pick up edits to data/ without a restart. Not `$app/environment`, so the CLI and the
 * scripts can use this module outside SvelteKit.
 */
export function loadArticles(): ArticleSource[] {
	if (process.env.NODE_ENV === 'development') return loadChecked();
	cache ??= loadChecked();
	return cache;
}

export function getArticle(slug: string): ArticleSource | undefined {
	return loadArticles().find((a) => a.slug === slug);
}
