/**
 * A single-pass tokenizer for figure matching.
 *
 * In: a text and a [from, to) range of it. Out: tokens with UTF-16 offsets into the whole text:
 * `num` (digits, with "," thousands groups and one decimal part), `word` (a run of letters) and
 * `punct` (any other single character, surrogate pairs kept whole) and `url` (a whole web address,
 * whose digits are never figures). Whitespace makes no token; it sets `gap` on the token after it,
 * which is how matchers tell "PAC3" (glued) from "PAC 3". Every character is looked at a bounded
 * number of times, so tokenizing is linear. Never interprets what it reads.
 *
 * Numbers read Indian grouping too ("12,34,567.89", "1,00,000"). Invisible format characters (zero-width
 * space and joiners, word joiner, BOM, soft hyphen) are read through inside a number or a word
 * ("$5\u200B6" is 56, never 5 and 6) and skipped elsewhere; `text` drops them while `start`/`end`
 * still cover them, so anchors stay exact, and `invisible` tells the matchers to flag the figure.
 */
import {
	holdsInvisible,
	INVISIBLE,
	isDigit,
	isInvisible,
	isLetter,
	isSpace,
	numberEnd,
	numericValue,
	urlChunkEnd,
	wordEnd
} from './scan';

export type TokenType = 'num' | 'word' | 'punct' | 'url';

export interface Token {
	type: TokenType;
	text: string;
	/** Lower-cased text, for table look-ups. */
	lower: string;
	start: number;
	end: number;
	/** Whitespace comes before this token. */
	gap: boolean;
	/** `num` only: the numeric value, or NaN when too long to be a figure. */
	value: number;
	/** An invisible format character was read through inside this token. */
	invisible: boolean;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
	const out: Token[] = [];
	let gap = false;
	let i = from;
	while (i < to) {
		const c = text.charCodeAt(i);
		if (isInvisible(c)) {
			i++;
			continue;
		}
		if (isSpace(text, i)) {
			gap = true;
			i++;
			continue;
		}
		let type: TokenType = 'punct';
		let j = i + 1;
		const chunk = (gap || i === from) && !isDigit(c) ? urlChunkEnd(text, i, to) : i;
		if (chunk > i) {
			type = 'url';
			j = chunk;
		} else if (isDigit(c)) {
			type = 'num';
			j = numberEnd(text, i, to);
		} else if (isLetter(text, i)) {
			type = 'word';
			j = wordEnd(text, i, to);
		} else if (c >= 0xd800 && c <= 0xdbff && j < to) {
			const d = text.charCodeAt(j);
			if (d >= 0xdc00 && d <= 0xdfff) j++;
		}
		const slice = text.slice(i, j);
		const raw = type !== 'url' && holdsInvisible(text, i, j) ? slice.replace(INVISIBLE, '') : slice;
		const value = type === 'num' ? numericValue(raw) : NaN;
		const lower = type === 'word' ? raw.toLowerCase() : raw;
		const invisible = raw.length !== slice.length;
		out.push({ type, text: raw, lower, start: i, end: j, gap, value, invisible });
		gap = false;
		i = j;
	}
	return out;
}
