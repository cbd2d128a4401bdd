import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleError } from '$lib/articles/parse';
import { loadArticlesFrom } from '$lib/server/load-articles';
import { firstInvalidByte } from '$lib/articles/utf8';
import { decodeUtf8 } from '$lib/server/read-text';

const bytes = (...parts: (string | number[])[]) =>
	Buffer.concat(
		parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))
	);

describe('firstInvalidByte', () => {
	it.each([
		['plain ASCII', bytes('Spending rose 2%.'), -1],
		['a euro sign and a BOM', bytes([0xef, 0xbb, 0xbf], '€5 billion'), -1],
		['a U+FFFD written in the file', bytes('a \uFFFD b'), -1],
		['a Latin-1 é', bytes('caf', [0xe9], ' 5%'), 3],
		['a Latin-1 é after a real U+FFFD', bytes('\uFFFD', [0xe9]), 3],
		['a sequence cut short at the end', bytes('ab', [0xe2, 0x82]), 2],
		['an overlong NUL', bytes('x', [0xc0, 0x80]), 1],
		['an encoded lone surrogate', bytes('xy', [0xed, 0xa0, 0x80]), 2]
	])('%s', (_, input, offset) => expect(firstInvalidByte(input)).toBe(offset));
});

describe('decodeUtf8', () => {
	it('keeps a BOM, as readFileSync does, so offsets stay the file’s', () => {
		expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'x'), 'f')).toBe('\uFEFFx');
	});

	it('names the file, the line and the byte offset of the first bad byte', () => {
		const input = bytes('---\ntitle: Caf', [0xe9], '\n');
		expect(() => decodeUtf8(input, 'data/articles/x.md')).toThrow(
			'data/articles/x.md:2: encoding: not UTF-8 at byte offset 14 (0xe9); save the file as UTF-8'
		);
	});

	it('fails the load of an article folder instead of building U+FFFD', () => {
		const dir = mkdtempSync(join(tmpdir(), 'utf8-'));
		const head = '---\ntitle: T\nsource: S\npublished: 2024-01-01\n---\n';
		writeFileSync(join(dir, 'latin.md'), bytes(head, 'Spent ', [0x80], '5 billion.\n'));
		expect(() => loadArticlesFrom(dir)).toThrow(ArticleError);
		expect(() => loadArticlesFrom(dir)).toThrow(
			/latin\.md:6: encoding: not UTF-8 at byte offset 55/
		);
	});
});
