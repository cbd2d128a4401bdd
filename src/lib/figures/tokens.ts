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
import { isUrlChunk } from './urls';

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

const LETTER = /^[\p{L}\p{M}]$/u;
const SPACE = /^\s$/u;
// More significant digits than this are not a figure anyone states; it also keeps values finite.
const MAX_DIGITS = 15;

const isDigit = (c: number) => c >= 48 && c <= 57;
// Written as alternatives, not a class: a class holding joiners reads as one joined character.
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD/g;
const isInvisible = (c: number) =>
	c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad;
/** An invisible character at j that sits between two characters of the same run. */
const bridges = (text: string, j: number, to: number, ok: (k: number) => boolean) =>
	j + 1 < to && isInvisible(text.charCodeAt(j)) && ok(j + 1);

function isLetter(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
	return LETTER.test(text.charAt(i));
}

function digitsEnd(text: string, i: number, to: number): number {
	let j = i;
	const digit = (k: number) => isDigit(text.charCodeAt(k));
	while (j < to && (digit(j) || (j > i && bridges(text, j, to, digit)))) j++;
	return j;
}

/** Indian grouping after a lead of one or two digits: ",dd" groups, then a last ",ddd". */
function indianEnd(text: string, j: number, to: number): number {
	let k = j;
	while (text.charCodeAt(k) === 44 && digitsEnd(text, k + 1, to) === k + 3) k += 3;
	if (k === j || text.charCodeAt(k) !== 44 || digitsEnd(text, k + 1, to) !== k + 4) return j;
	return k + 4;
}

function numberEnd(text: string, i: number, to: number): number {
	let j = digitsEnd(text, i, to);
	const indian = j - i <= 2 ? indianEnd(text, j, to) : j;
	if (indian > j) j = indian;
	// Thousands groups only after a lead of at most three digits, and only as exactly three digits:
	// "20,000" is one number, "1,1,1" and "2023,2024" are not.
	else if (j - i <= 3) {
		while (text.charCodeAt(j) === 44 && digitsEnd(text, j + 1, to) === j + 4) j += 4;
	}
	if (text.charCodeAt(j) === 46 && j + 1 < to && isDigit(text.charCodeAt(j + 1))) {
		j = digitsEnd(text, j + 1, to);
	}
	return j;
}

function numericValue(raw: string): number {
	const digits = raw.replace(/[,.]/g, '');
	if (digits.length > MAX_DIGITS) return NaN;
	return Number(raw.replace(/,/g, ''));
}

/** The end of the whitespace-delimited chunk starting at i. */
function chunkEnd(text: string, i: number, to: number): number {
	let j = i;
	while (j < to && !SPACE.test(text.charAt(j))) j++;
	return j;
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
		if (c === 32 || SPACE.test(text.charAt(i))) {
			gap = true;
			i++;
			continue;
		}
		let type: TokenType = 'punct';
		let j = i + 1;
		const chunkStart = i === from || SPACE.test(text.charAt(i - 1));
		const chunk = chunkStart && !isDigit(c) ? chunkEnd(text, i, to) : i;
		const letter = (k: number) => isLetter(text, k);
		if (chunk > i + 3 && isUrlChunk(text.slice(i, chunk))) {
			type = 'url';
			j = chunk;
		} else if (isDigit(c)) {
			type = 'num';
			j = numberEnd(text, i, to);
		} else if (isLetter(text, i)) {
			type = 'word';
			while (j < to && (letter(j) || bridges(text, j, to, letter))) j++;
		} else if (c >= 0xd800 && c <= 0xdbff && j < to) {
			const d = text.charCodeAt(j);
			if (d >= 0xdc00 && d <= 0xdfff) j++;
		}
		const slice = text.slice(i, j);
		const raw = type === 'url' ? slice : slice.replace(INVISIBLE, '');
		const value = type === 'num' ? numericValue(raw) : NaN;
		const lower = type === 'word' ? raw.toLowerCase() : raw;
		const invisible = raw.length !== slice.length;
		out.push({ type, text: raw, lower, start: i, end: j, gap, value, invisible });
		gap = false;
		i = j;
	}
	return out;
}
