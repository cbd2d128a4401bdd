/**
 * Notes and claims belong to an article by file name (`data/notes/<slug>.yml`). A file whose article
 * does not exist (the article was renamed, or the name has a typo) would be ignored and its notes
 * would vanish from the site without a word; this fails the build instead, naming the file. Node only.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleError } from '../articles/parse';

/** Refuses any file in `dir` other than `<slug>.yml` for a known slug; a missing `dir` is fine. */
export function refuseOrphans(dir: string, slugs: ReadonlySet<string>, what: string): void {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return; // no notes (or claims) at all
	}
	for (const name of names.sort()) {
		if (name.startsWith('.')) continue; // .gitkeep, editor files
		const slug = name.endsWith('.yml') ? name.slice(0, -'.yml'.length) : null;
		if (slug !== null && slugs.has(slug)) continue;
		const reason =
			slug === null
				? `is not read: ${what} files are named <article slug>.yml`
				: `no article has the slug "${slug}" (renamed or deleted?); rename this file to match its article or delete it`;
		throw new ArticleError(join(dir, name), 1, what, reason);
	}
}
