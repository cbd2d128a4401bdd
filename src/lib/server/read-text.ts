/**
 * Reads a data file as UTF-8, strictly (`articles/utf8.ts`): bytes that are not UTF-8 fail the build
 * with the file, the line and the byte offset of the first bad byte, instead of becoming U+FFFD
 * without a word. Node only.
 */
import { readFileSync } from 'node:fs';
import { ArticleError } from '../articles/parse';
import { decodeStrict } from '../articles/utf8';

export function decodeUtf8(bytes: Uint8Array, file: string): string {
	const decoded = decodeStrict(bytes);
	if (decoded.ok) return decoded.text;
	const { line, offset, byte } = decoded;
	const reason = `not UTF-8 at byte offset ${offset} (${byte}); save the file as UTF-8`;
	throw new ArticleError(file, line, 'encoding', reason);
}

export function readText(file: string): string {
	return decodeUtf8(readFileSync(file), file);
}
