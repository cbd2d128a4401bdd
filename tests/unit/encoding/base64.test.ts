// The base64 helpers behind edits in a link (base64url, unpadded) and the browser's PNG export (a
// canvas data URL: standard alphabet, padded). Checked against Node's own encoder.
import { describe, expect, test } from 'vitest';
import { fromBase64, toBase64Url } from '$lib/encoding/base64';

const bytes = (...values: number[]) => Uint8Array.from(values);
// 0xfb 0xff encodes to "+/8=" in the standard alphabet: both characters base64url replaces.
const awkward = bytes(0xfb, 0xff);

describe('toBase64Url', () => {
	test.each([
		['no bytes', bytes(), ''],
		['one byte, which base64 pads with ==', bytes(0x4d), 'TQ'],
		['two bytes, padded with = in base64', bytes(0x4d, 0x61), 'TWE'],
		['three bytes, no padding at all', bytes(0x4d, 0x61, 0x6e), 'TWFu'],
		['the two characters base64url replaces', awkward, '-_8']
	])('%s', (_, input, expected) => {
		expect(toBase64Url(input)).toBe(expected);
		expect(toBase64Url(input)).toBe(Buffer.from(input).toString('base64url'));
	});
});

describe('fromBase64', () => {
	test('reads base64url without padding', () => {
		expect([...fromBase64('-_8')]).toEqual([...awkward]);
	});
	test('reads standard base64 with padding, as a data URL carries it', () => {
		expect([...fromBase64('+/8=')]).toEqual([...awkward]);
	});
	test('round-trips every byte value', () => {
		const all = Uint8Array.from({ length: 256 }, (_, i) => i);
		expect([...fromBase64(toBase64Url(all))]).toEqual([...all]);
		expect([...fromBase64(Buffer.from(all).toString('base64'))]).toEqual([...all]);
	});
	test('refuses text that is not base64', () => {
		expect(() => fromBase64('not base64!')).toThrow();
	});
});
