import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, sizeProblem, utf8Bytes } from '$lib/paste/limits';

describe('the 1 MB limit', () => {
	it('measures UTF-8 bytes, not UTF-16 code units', () => {
		expect(utf8Bytes('abc')).toBe(3);
		expect(utf8Bytes('€')).toBe(3);
		expect(utf8Bytes('円')).toBe(3);
		expect(utf8Bytes('🚀')).toBe(4);
	});

	it('accepts exactly the limit', () => {
		expect(sizeProblem(MAX_ARTICLE_BYTES)).toBeNull();
	});

	it('refuses one byte over, giving the size and the limit', () => {
		expect(sizeProblem(MAX_ARTICLE_BYTES + 1)).toBe(
			'This article is 1 MB (1,000,001 bytes); the limit is 1 MB (1,000,000 bytes). Paste a shorter text.'
		);
	});

	it('refuses a text that fits in characters but not in bytes', () => {
		const yen = '円'.repeat(400_000); // 400,000 characters, 1.2 MB
		expect(sizeProblem(utf8Bytes(yen))).toContain('1.2 MB (1,200,000 bytes)');
	});
});
