/**
 * Loads `data/notes/<slug>.yml` when it exists, validates it and checks every quote against the
 * article. A bad notes file fails the build with the file, line and field, or the quote.
 */
import { existsSync } from 'node:fs';
import { ArticleError } from '$lib/articles/parse';
import type { ArticleSource } from '$lib/articles/schema';
import { anchorQuote, NoteAnchorError } from '$lib/notes/anchor';
import { EMPTY_NOTES, notesSchema, type Notes } from '$lib/notes/schema';
import { readText } from './read-text';
import { parseYamlFile } from './yaml-file';

export const NOTES_DIR = 'data/notes';

export function loadNotes(article: ArticleSource, dir = NOTES_DIR): Notes {
	const file = `${dir}/${article.slug}.yml`;
	if (!existsSync(file)) return EMPTY_NOTES;
	const raw = readText(file);
	const { data: notes } = parseYamlFile(raw, file, notesSchema, 'notes');
	const quotes = [...notes.figures, ...notes.events].map((n) => n.quote);
	for (const quote of quotes) {
		try {
			anchorQuote(article.text, quote);
		} catch (e) {
			if (!(e instanceof NoteAnchorError)) throw e;
			const line = raw.slice(0, Math.max(0, raw.indexOf(quote))).split('\n').length;
			throw new ArticleError(file, line, 'quote', e.message);
		}
	}
	return notes;
}
