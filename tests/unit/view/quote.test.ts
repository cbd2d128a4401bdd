import { describe, expect, it } from 'vitest';
import { quoteForNotice } from '$lib/view/quote';

describe('quoteForNotice', () => {
	it.each([
		['plain text, quoted', 'JPY', '"JPY"'],
		['a right-to-left override, escaped', '\u202egnp.exe', '"\\u202egnp.exe"'],
		['isolates and marks', '\u2066a\u2069\u200f\u061c', '"\\u2066a\\u2069\\u200f\\u061c"'],
		['zero-width characters', '5\u200b6', '"5\\u200b6"'],
		['NUL and a newline', 'a\u0000\nb', '"a\\u0000\\nb"'],
		['a C1 control', 'a\u0085b', '"a\\u0085b"'],
		['a lone surrogate', 'x\ud800', '"x\\ud800"'],
		['a tag character', 'a\u{e0041}', '"a\\u{e0041}"'],
		['quotes and angle brackets as text', '"<b>', '"\\"<b>"'],
		['an emoji, as it is', '🛰', '"🛰"']
	])('%s', (_, value, shown) => expect(quoteForNotice(value)).toBe(shown));

	it('shortens a long value', () => {
		expect(quoteForNotice('a'.repeat(50))).toBe(`"${'a'.repeat(40)}…"`);
	});
});
