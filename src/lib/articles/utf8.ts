/**
 * Strict UTF-8 for article files. A lenient decoder (`readFileSync(…, 'utf8')`, `File.text()`)
 * turns bytes that are not UTF-8 into U+FFFD without a word, so a Latin-1 article would show "?"
 * where its "€" was. Pure: bytes in, text or the offset of the first bad byte out. The build
 * (`server/read-text.ts`) and the paste form both read files through it.
 */

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

export type Decoded =
	| { ok: true; text: string }
	/** `line` is 1-based; `offset` counts bytes from 0; `byte` is the bad byte, as 0xNN. */
	| { ok: false; offset: number; line: number; byte: string };

export function decodeStrict(bytes: Uint8Array): Decoded {
	try {
		return { ok: true, text: strict.decode(bytes) };
	} catch {
		const offset = firstInvalidByte(bytes);
		const line = lenient.decode(bytes.subarray(0, offset)).split(/\r\n?|\n/).length;
		const byte = `0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}`;
		return { ok: false, offset, line, byte };
	}
}
