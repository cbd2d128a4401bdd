/**
 * Reads every `.md` article in a folder (strictly as UTF-8) and validates it, refusing duplicate
 * slugs. Node only.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ArticleError, parseArticle } from '../articles/parse';
import type { ArticleSource } from '../articles/schema';
import { readText } from './read-text';

export function loadArticlesFrom(dir: string): ArticleSource[] {
	const files = readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.sort();
	const bySlug = new Map<string, ArticleSource>();
	for (const name of files) {
		const path = relative(process.cwd(), join(dir, name)) || name;
		const article = parseArticle(readText(join(dir, name)), path);
		const clash = bySlug.get(article.slug);
		if (clash) {
			throw new ArticleError(
				path,
				1,
				'slug',
				`duplicate slug "${article.slug}", also used by ${clash.origin}`
			);
		}
		bySlug.set(article.slug, article);
	}
	if (bySlug.size === 0) throw new ArticleError(dir, 0, 'articles', 'no .md article files found');
	return [...bySlug.values()];
}
