/**
 * Build time only: the index of every built-in article, from the same page data its page is built
 * from (memoised in `published`), so the counts are the figures its dashboard found.
 */
import { PAGE_SIZE, sortEntries, type IndexEntry } from '$lib/view/article-index';
import { TYPE_FILTERS, typeKeyOf, type TypeKey } from '$lib/view/kinds';
import { loadArticles } from './articles';
import { published } from './published';

let cached: IndexEntry[] | undefined;

export function articleIndex(): IndexEntry[] {
	if (cached && process.env.NODE_ENV !== 'development') return cached;
	const entries = loadArticles().map(({ slug, meta }) => {
		const counts = Object.fromEntries(TYPE_FILTERS.map((t) => [t.key, 0])) as Record<
			TypeKey,
			number
		>;
		for (const f of published(slug)?.data.figures ?? []) counts[typeKeyOf(f.kind)]++;
		return { slug, title: meta.title, source: meta.source, published: meta.published, counts };
	});
	cached = sortEntries(entries);
	return cached;
}

/** The index pages after the first, for prerendering: `/articles/page/2` … */
export function laterPages(): { n: string }[] {
	const pages = Math.ceil(articleIndex().length / PAGE_SIZE);
	return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ n: String(i + 2) }));
}
