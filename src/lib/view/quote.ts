/**
 * A value from outside (a URL parameter, a saved-article id from a link) as a notice shows it: in
 * JSON quotes and shortened, so odd characters stay visible and inert (NUL as \u0000, a lone
 * surrogate as \ud800), and with control and format characters escaped, so a hostile link cannot
 * reverse the text around it (U+202E) or hide characters in it (U+200B). Pure. Every notice that
 * quotes a value from a link goes through here.
 */

// Cc: controls JSON leaves alone (DEL, C1). Cf: bidi overrides, isolates and marks, zero-width
// characters, soft hyphen, BOM, tags.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

function escape(c: string): string {
	const code = c.codePointAt(0)!;
	return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export function quoteForNotice(value: string, max = 40): string {
	const short = value.length > max ? `${value.slice(0, max)}…` : value;
	return JSON.stringify(short).replace(INVISIBLE, escape);
}
