/**
 * Where paragraphs break, for text in any line-ending convention (CRLF, CR alone, LF, and the
 * Unicode line and paragraph separators).
 *
 * In: the article text, or a whitespace gap of it. Out: booleans and regular expressions built from
 * bounded character classes only, so every test is linear in its input. Pure.
 *
 * The rule: text that separates any two paragraphs with a blank line is read as plain text that
 * may be hard-wrapped, so a single line break is a soft wrap; text with no blank line at all (what
 * copying from a web page gives) breaks a paragraph at every line break.
 */

/** One line break: CRLF counts once, so "\r\n" is never mistaken for a blank line. */
const BREAK = '(?:\\r\\n|\\r(?!\\n)|[\\n\\u2028\\u2029])';
/** Whitespace that is not a line break ("\u00a0" and tabs can sit on a blank line). */
const INLINE = '[^\\S\\r\\n\\u2028\\u2029]*';
const BLANK_LINE = new RegExp(`${BREAK}${INLINE}${BREAK}`);
const LINE = new RegExp(BREAK);

/** The text separates paragraphs with blank lines (so single line breaks are soft wraps). */
export function hasBlankLines(text: string): boolean {
	return BLANK_LINE.test(text);
}

/** Splits a whitespace gap at its paragraph breaks; the break's whitespace is dropped. */
export function paragraphSplitter(blankLines: boolean): RegExp {
	return blankLines ? new RegExp(`${BREAK}${INLINE}${BREAK}\\s*`) : new RegExp(`${BREAK}\\s*`);
}

/** A whitespace gap between two sentences ends a paragraph. */
export function isParagraphGap(gap: string, blankLines: boolean): boolean {
	return (blankLines ? BLANK_LINE : LINE).test(gap) || gap.includes('\u2029');
}

/** The gap holds a line break of any kind. */
export const hasLineBreak = (gap: string): boolean => LINE.test(gap);
