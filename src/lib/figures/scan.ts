/**
 * Character scanning for the tokenizer: where a number, a word or a URL chunk ends, read with
 * char-code tests (a regular expression only for non-ASCII letters and spaces) so that each
 * character is looked at a bounded number of times. In: the text, a start and an end. Out: an end
 * index or a boolean. Pure.
 */
import { isUrlChunk } from './urls';

const LETTER = /^[\p{L}\p{M}]$/u;
const SPACE = /^\s$/u;
// More significant digits than this are not a figure anyone states; it also keeps values finite.
const MAX_DIGITS = 15;

export const isDigit = (c: number) => c >= 48 && c <= 57;
// Written as alternatives, not a class: a class holding joiners reads as one joined character.
export const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD/g;
export const isInvisible = (c: number) =>
	c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad;
export const isSpace = (text: string, i: number) => {
	const c = text.charCodeAt(i);
	if (c < 128) return c === 32 || (c >= 9 && c <= 13);
	return SPACE.test(text.charAt(i));
};

export function isLetter(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
	return LETTER.test(text.charAt(i));
}

/** An invisible character at j between two digits of one number. */
const bridgesDigits = (text: string, j: number, to: number) =>
	j + 1 < to && isInvisible(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1));

function digitsEnd(text: string, i: number, to: number): number {
	let j = i;
	while (j < to && (isDigit(text.charCodeAt(j)) || (j > i && bridgesDigits(text, j, to)))) j++;
	return j;
}

export function holdsInvisible(text: string, i: number, j: number): boolean {
	for (let k = i + 1; k < j - 1; k++) if (isInvisible(text.charCodeAt(k))) return true;
	return false;
}

export function wordEnd(text: string, i: number, to: number): number {
	let j = i + 1;
	while (j < to) {
		if (isLetter(text, j)) j++;
		else if (j + 1 < to && isInvisible(text.charCodeAt(j)) && isLetter(text, j + 1)) j++;
		else break;
	}
	return j;
}

/** Indian grouping after a lead of one or two digits: ",dd" groups, then a last ",ddd". */
function indianEnd(text: string, j: number, to: number): number {
	let k = j;
	while (text.charCodeAt(k) === 44 && digitsEnd(text, k + 1, to) === k + 3) k += 3;
	if (k === j || text.charCodeAt(k) !== 44 || digitsEnd(text, k + 1, to) !== k + 4) return j;
	return k + 4;
}

export function numberEnd(text: string, i: number, to: number): number {
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

export function numericValue(raw: string): number {
	const digits = raw.replace(/[,.]/g, '');
	if (digits.length > MAX_DIGITS) return NaN;
	return Number(raw.replace(/,/g, ''));
}

/**
 * The end of the whitespace-delimited chunk starting at i when it may be a URL (it holds "/", "%"
 * or starts "www."), else i: most chunks are words and are never sliced or tested.
 */
export function urlChunkEnd(text: string, i: number, to: number): number {
	let j = i;
	let marked = text.startsWith('www.', i);
	for (; j < to && !isSpace(text, j); j++) {
		const c = text.charCodeAt(j);
		if (c === 47 || c === 37) marked = true;
	}
	return marked && j > i + 3 && isUrlChunk(text.slice(i, j)) ? j : i;
}
