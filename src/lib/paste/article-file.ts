/**
 * A pasted article as a `data/articles/<slug>.md` file (YAML front matter + body), so a newsroom
 * developer can commit what a reader added, and the id it is saved under. Pure.
 */
import { stringify } from 'yaml';
import type { ArticleMeta } from '$lib/articles/schema';

export interface PastedArticle {
	meta: ArticleMeta;
	/** The article body, without front matter. */
	text: string;
}

/** A file-name slug from the title: lower-case ASCII words joined by hyphens (the SLUG rule). */
export function slugFor(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, 60)
		.replace(/^-+|-+$/g, '');
	return slug || 'pasted-article';
}

export function toArticleFile({ meta, text }: PastedArticle): string {
	const front: Record<string, string> = {
		title: meta.title,
		source: meta.source,
		published: meta.published
	};
	if (meta.dateline) front.dateline = meta.dateline;
	if (meta.url) front.url = meta.url;
	// `yaml` quotes whatever needs quoting (colons, leading dashes, "yes"), so any title round-trips.
	return `---\n${stringify(front, { lineWidth: 0 })}---\n${text.trimEnd()}\n`;
}

/** FNV-1a, twice with different seeds: 64 bits, plenty to tell a reader's articles apart. */
function fnv(text: string, seed: number): string {
	let h = seed >>> 0;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

/**
 * Same article, same id: pasting it twice keeps one copy rather than two. The id is also used in
 * element ids and the URL, so it is plain hex.
 */
export function articleId({ meta, text }: PastedArticle): string {
	const key = [meta.title, meta.source, meta.published, text].join('\u0000');
	return `a${fnv(key, 0x811c9dc5)}${fnv(key, 0x050c5d1f)}`;
}
