/**
 * Resolves the quotes in editorial notes against the article text. Pure.
 *
 * A quote must occur exactly once: a missing quote means the article changed under the note, and an
 * ambiguous one could label the wrong figure. Both are errors that name the quote.
 */

export class NoteAnchorError extends Error {
	constructor(
		readonly quote: string,
		readonly reason: string
	) {
		super(`quote "${quote}" ${reason}`);
		this.name = 'NoteAnchorError';
	}
}

export interface QuoteSpan {
	start: number;
	end: number;
}

export function anchorQuote(text: string, quote: string): QuoteSpan {
	const start = text.indexOf(quote);
	if (start < 0)
		throw new NoteAnchorError(quote, 'no longer anchors: it is not in the article text');
	if (text.indexOf(quote, start + 1) >= 0) {
		throw new NoteAnchorError(
			quote,
			'is ambiguous: it occurs more than once; quote more of the sentence'
		);
	}
	return { start, end: start + quote.length };
}
