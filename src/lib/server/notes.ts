/**
 * Loads `data/notes/<slug>.yml` when it exists, validates it and checks every quote against the
 * article. A bad notes file fails the build with the file, line and field, or the quote.
 */
import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { ArticleError } from '$lib/articles/parse';
import type { ArticleSource } from '$lib/articles/schema';
import { anchorQuote, NoteAnchorError } from '$lib/notes/anchor';
import { EMPTY_NOTES, notesSchema, type Notes } from '$lib/notes/schema';

export const NOTES_DIR = 'data/notes';

export function loadNotes(article: ArticleSource, dir = NOTES_DIR): Notes {
	const file = `${dir}/${article.slug}.yml`;
	if (!existsSync(file)) return EMPTY_NOTES;
	const raw = readFileSync(file, 'utf8');
	const counter = new LineCounter();
	const doc = parseDocument(raw, { lineCounter: counter, prettyErrors: false });
	const yamlError = doc.errors[0];
	if (yamlError) {
		throw new ArticleError(
			file,
			counter.linePos(yamlError.pos[0]).line,
			'notes',
			yamlError.message
		);
	}
	const result = notesSchema.safeParse(doc.toJS() ?? {}, { reportInput: true });
	if (!result.success) {
		const issue = result.error.issues[0]!;
		const node = doc.getIn(issue.path as (string | number)[], true) as
			{ range?: number[] } | undefined;
		const line = node?.range ? counter.linePos(node.range[0]!).line : 1;
		throw new ArticleError(file, line, issue.path.join('.') || 'notes', issue.message);
	}
	const notes = result.data;
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
