/**
 * A single-pass tokenizer for figure matching.
 *
 * In: a text and a [from, to) range of it. Out: tokens with UTF-16 offsets into the whole text:
 * `num` (digits, with "," thousands groups and one decimal part), `word` (a run of letters) and
 * `punct` (any other single character, surrogate pairs kept whole). Whitespace makes no token; it sets
 * `gap` on the token after it, which is how matchers tell "PAC3" (glued) from "PAC 3". Every character
 * is looked at a bounded number of times, so tokenizing is linear. Never interprets what it reads.
 */

export type TokenType = 'num' | 'word' | 'punct';

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
}

const LETTER = /^[\p{L}\p{M}]$/u;
const SPACE = /^\s$/u;
// More significant digits than this are not a figure anyone states; it also keeps values finite.
const MAX_DIGITS = 15;

const isDigit = (c: number) => c >= 48 && c <= 57;

function isLetter(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
	return LETTER.test(text.charAt(i));
}

function digitsEnd(text: string, i: number, to: number): number {
	let j = i;
	while (j < to && isDigit(text.charCodeAt(j))) j++;
	return j;
}

function numberEnd(text: string, i: number, to: number): number {
	let j = digitsEnd(text, i, to);
	// Thousands groups only after a lead of at most three digits, and only as exactly three digits:
	// "20,000" is one number, "1,1,1" and "2023,2024" are not.
	if (j - i <= 3) {
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

export function tokenize(text: string, from = 0, to = text.length): Token[] {
	const out: Token[] = [];
	let gap = false;
	let i = from;
	while (i < to) {
		const c = text.charCodeAt(i);
		if (c === 32 || SPACE.test(text.charAt(i))) {
			gap = true;
			i++;
			continue;
		}
		let type: TokenType = 'punct';
		let j = i + 1;
		if (isDigit(c)) {
			type = 'num';
			j = numberEnd(text, i, to);
		} else if (isLetter(text, i)) {
			type = 'word';
			while (j < to && isLetter(text, j)) j++;
		} else if (c >= 0xd800 && c <= 0xdbff && j < to) {
			const d = text.charCodeAt(j);
			if (d >= 0xdc00 && d <= 0xdfff) j++;
		}
		const raw = text.slice(i, j);
		const value = type === 'num' ? numericValue(raw) : NaN;
		const lower = type === 'word' ? raw.toLowerCase() : raw;
		out.push({ type, text: raw, lower, start: i, end: j, gap, value });
		gap = false;
		i = j;
	}
	return out;
}
