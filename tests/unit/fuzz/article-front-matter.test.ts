// Fuzzing article files: any mutation of a valid file either parses to a valid article or fails
// with an ArticleError that names the file, a line inside it and the field, never another error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle } from '$lib/articles/parse';
import { articleMetaSchema, SLUG } from '$lib/articles/schema';
import { hostile, huge, mutated, parsedOrNamed } from './arbitraries';

const FILE = 'data/articles/fuzz-article.md';
const VALID = `---
title: Japan loosens its arms export rules
source: AFP
published: 2023-12-23
dateline: TOKYO
language: en
url: https://example.com/a
---
TOKYO, Dec 23, 2023 (AFP) – Japan will sell $56 billion of Patriot missiles.

The plan costs around 3 trillion yen ($20 billion) annually.
`;

function check(raw: string): void {
	const article = parsedOrNamed(() => parseArticle(raw, FILE), ArticleError, FILE, raw);
	if (!article) return;
	expect(articleMetaSchema.safeParse(article.meta).success).toBe(true);
	expect(SLUG.test(article.slug)).toBe(true);
	expect(article.text.trim()).not.toBe('');
	expect(raw.slice(article.bodyOffset, article.bodyOffset + article.text.length)).toBe(
		article.text
	);
}

describe('article front matter under fuzzing', () => {
	it('the unmutated file parses (the generators start from a valid article)', () => {
		expect(parseArticle(VALID, FILE).meta.published).toBe('2023-12-23');
	});

	it('dropped, duplicated, renamed, retyped and junk lines give a valid article or a named error', () => {
		fc.assert(fc.property(mutated(VALID), check), { numRuns: 300 });
	});

	it('a hostile or huge value in any field gives a valid article or a named error', () => {
		const field = fc.constantFrom('title', 'source', 'published', 'dateline', 'url', 'language');
		const value = fc.oneof(hostile, huge).map((v) => JSON.stringify(v));
		fc.assert(
			fc.property(field, value, (key, v) =>
				check(VALID.replace(new RegExp(`^${key}: .*$`, 'm'), `${key}: ${v}`))
			),
			{ numRuns: 150 }
		);
	});

	it('any text at all, with or without fences, gives a valid article or a named error', () => {
		const fence = fc.constantFrom(
			'',
			'---\n',
			'\uFEFF---\n',
			'---\r\n',
			' ---\n',
			'date 2023-12-23 '
		);
		const close = fc.constantFrom('', '\n---\n', '\n---', '\r\n---\r\n', '\n--- \n', '\n----\n');
		const text = fc.oneof(hostile, huge);
		fc.assert(
			fc.property(fence, text, close, text, (a, b, c, d) => check(a + b + c + d)),
			{ numRuns: 200 }
		);
	});
});
