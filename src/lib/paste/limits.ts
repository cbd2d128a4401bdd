/**
 * The size limit for a pasted or dropped article. Pure.
 *
 * Measured in UTF-8 bytes, not characters, because that is what the text weighs in IndexedDB and in
 * a downloaded file: a page of Japanese or emoji is three or four times its `length`.
 */

/** 1 MB, in the decimal sense a reader sees in a file manager. */
export const MAX_ARTICLE_BYTES = 1_000_000;

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
	// Counting without encoding would need surrogate handling; encodeInto-sized buffers are no
	// cheaper at 1 MB, and this runs once per submit.
	return encoder.encode(text).length;
}

const bytes = new Intl.NumberFormat('en');
const mb = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

export function describeBytes(n: number): string {
	return `${mb.format(n / 1_000_000)} MB (${bytes.format(n)} bytes)`;
}

/** A message refusing `size` bytes, or null when it fits. */
export function sizeProblem(size: number, limit = MAX_ARTICLE_BYTES): string | null {
	if (size <= limit) return null;
	return `This article is ${describeBytes(size)}; the limit is ${describeBytes(limit)}. Paste a shorter text.`;
}
