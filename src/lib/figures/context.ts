/**
 * What the matchers share: one sentence's tokens, the whole text (for slicing exact spans) and the
 * options, plus the `Match` every matcher returns.
 *
 * A match spans tokens [from, to) of one sentence; `extract.ts` turns it into a `Figure` with offsets.
 * Helpers here read tokens at an index and never throw past the ends of the array.
 */
import { readClues, type Clues } from './clues';
import type { FigureKind } from './model';
import type { Token } from './tokens';

export interface Ctx {
	text: string;
	ts: Token[];
	/** Publication date (YYYY-MM-DD) or null: gives the year to "Dec. 23" written without one. */
	published: string | null;
	/**
	 * The article's own conventions, read once before matching (`clues.ts`). Callers that drive
	 * `matchSentence` themselves may leave it out; the sentence's own are read then.
	 */
	clues?: Clues;
}

export interface Match {
	kind: FigureKind;
	from: number;
	to: number;
	value: number;
	currency: string | null;
	unit: string | null;
	approximate: boolean;
	qualifier: string | null;
	date: string | null;
	fiscal: boolean;
	endValue: number | null;
	points: boolean;
	/** Token index just past the words that belong to the figure without being in `exact` ("of GDP"). */
	tail: number;
	/** Index of the equivalent match in the same sentence, or -1. */
	equivalent: number;
	/** First token of the qualifier ("more than"), or `from` when there is none. */
	lead: number;
	/** Why the figure needs checking (a guess was made), or null. */
	check: string | null;
}

export function makeMatch(kind: FigureKind, from: number, to: number, value: number): Match {
	return {
		kind,
		from,
		to,
		value,
		currency: null,
		unit: null,
		approximate: false,
		qualifier: null,
		date: null,
		fiscal: false,
		endValue: null,
		points: false,
		tail: to,
		equivalent: -1,
		lead: from,
		check: null
	};
}

/** The clues matchers read: the article's, or the sentence's own when a caller gave none. */
export const cluesOf = (ctx: Ctx): Clues => (ctx.clues ??= readClues(ctx.ts, undefined));

export const tok = (ctx: Ctx, i: number): Token | undefined => (i >= 0 ? ctx.ts[i] : undefined);

/** The token at i is the word `w` (case-insensitive). */
export const isWord = (ctx: Ctx, i: number, ...ws: string[]): boolean => {
	const t = tok(ctx, i);
	return t !== undefined && t.type === 'word' && ws.includes(t.lower);
};

export const isPunct = (ctx: Ctx, i: number, chars: string): boolean => {
	const t = tok(ctx, i);
	return t !== undefined && t.type === 'punct' && chars.includes(t.text);
};

/** The token at i touches the one before it (no whitespace between). */
export const glued = (ctx: Ctx, i: number): boolean => {
	const t = tok(ctx, i);
	return t !== undefined && !t.gap && i > 0;
};

/** The text from the start of token a to the end of token b - 1. */
export const span = (ctx: Ctx, a: number, b: number): string => {
	const s = tok(ctx, a);
	const e = tok(ctx, b - 1);
	return s && e ? ctx.text.slice(s.start, e.end) : '';
};

export const DASHES = '-–‑';

export const isCapitalized = (s: string): boolean => {
	const c = s.charAt(0);
	return c !== c.toLowerCase() && c === c.toUpperCase();
};
