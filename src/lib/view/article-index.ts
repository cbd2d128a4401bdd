/**
 * The article index: one entry per built-in article (title, source, date, figures by type), newest
 * first, cut into pages of `PAGE_SIZE`, and the title search the index page runs in the browser.
 * Pure: the build makes the entries, the page and the search read them.
 */
import type { TypeKey } from './kinds';

export const PAGE_SIZE = 50;

export interface IndexEntry {
	slug: string;
	title: string;
	source: string;
	published: string;
	/** Figures found, by figure type, before the cap per chart. */
	counts: Record<TypeKey, number>;
}

export interface IndexPage {
	entries: IndexEntry[];
	/** 1-based. */
	page: number;
	pages: number;
	total: number;
}

/** Newest first; the same day by title, so the order never depends on file order. */
export function sortEntries(entries: IndexEntry[]): IndexEntry[] {
	return [...entries].sort(
		(a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title)
	);
}

export function pageCount(total: number): number {
	return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

export function indexPage(sorted: IndexEntry[], page: number): IndexPage {
	const pages = pageCount(sorted.length);
	const entries = sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
	return { entries, page, pages, total: sorted.length };
}

const fold = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

/** Entries whose title has every word of `query`, in any order, ignoring case and accents. */
export function searchTitles(sorted: readonly IndexEntry[], query: string): IndexEntry[] {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return [...sorted];
	return sorted.filter((e) => {
		const title = fold(e.title);
		return words.every((w) => title.includes(w));
	});
}
