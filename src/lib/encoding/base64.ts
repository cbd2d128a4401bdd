/**
 * Base64 to and from bytes, for edits in a link (base64url) and the browser's PNG export (a canvas's
 * data URL). Plain loops: `Uint8Array.from(string, fn)` walks the string through its iterator and
 * took 230 to 340 ms for a 1.3 MB PNG, the loop 6 to 13 ms.
 */

export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Bytes from base64 or base64url, padded or not. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
