/**
 * Reads a data file as UTF-8, strictly. `readFileSync(file, 'utf8')` turns bytes that are not UTF-8
 * into U+FFFD without a word, so a Latin-1 article would build with "?" where its "€" was; here it
 * fails the build with the file, the line and the byte offset of the first bad byte. Node only.
 */
import { readFileSync } from 'node:fs';
import { ArticleError } from '../articles/parse';

// ignoreBOM keeps a leading BOM in the text, as readFileSync does, so offsets stay the file's own.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/** The byte offset of the first sequence that is not UTF-8, or -1 when the bytes are valid. */
export function firstInvalidByte(bytes: Uint8Array): number {
	const text = lenient.decode(bytes);
	// Each U+FFFD is either a real one written in the file (EF BF BD) or a bad sequence replaced.
	for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
		const at = encoder.encode(text.slice(0, i)).length;
		if (bytes[at] !== 0xef || bytes[at + 1] !== 0xbf || bytes[at + 2] !== 0xbd) return at;
	}
	return -1;
}

export function decodeUtf8(bytes: Uint8Array, file: string): string {
	try {
		return strict.decode(bytes);
	} catch {
		const at = firstInvalidByte(bytes);
		const line = lenient.decode(bytes.subarray(0, at)).split(/\r\n?|\n/).length;
		const byte = `0x${bytes[at]?.toString(16).padStart(2, '0')}`;
		throw new ArticleError(
			file,
			line,
			'encoding',
			`not UTF-8 at byte offset ${at} (${byte}); save the file as UTF-8`
		);
	}
}

export function readText(file: string): string {
	return decodeUtf8(readFileSync(file), file);
}
