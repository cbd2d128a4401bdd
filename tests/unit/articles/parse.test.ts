import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle } from '$lib/articles/parse';
import { loadArticlesFrom } from '$lib/server/load-articles';

const good = `---
title: A title
source: AFP
published: 2023-12-23
dateline: TOKYO
---
TOKYO, Dec 23, 2023 (AFP) – Body text.
`;

function errorOf(raw: string, file = 'data/articles/x.md'): ArticleError {
	try {
		parseArticle(raw, file);
	} catch (e) {
		if (e instanceof ArticleError) return e;
		throw e;
	}
	throw new Error('expected an ArticleError');
}

describe('parseArticle', () => {
	it('reads front matter and keeps the body exactly as published', () => {
		const a = parseArticle(good, 'data/articles/my-article.md');
		expect(a.slug).toBe('my-article');
		expect(a.meta).toEqual({
			title: 'A title',
			source: 'AFP',
			published: '2023-12-23',
			dateline: 'TOKYO',
			language: 'en'
		});
		expect(a.text).toBe('TOKYO, Dec 23, 2023 (AFP) – Body text.');
		expect(good.slice(a.bodyOffset, a.bodyOffset + a.text.length)).toBe(a.text);
		expect(a.bodyLine).toBe(7);
	});

	it.each([
		['a missing title', good.replace('title: A title\n', ''), 1, 'title', 'is required'],
		[
			'an empty title',
			good.replace('title: A title', 'title: "  "'),
			2,
			'title',
			'must not be empty'
		],
		[
			'an unparseable date',
			good.replace('2023-12-23', '23/12/2023'),
			4,
			'published',
			'must be a date written YYYY-MM-DD'
		],
		['an impossible date', good.replace('2023-12-23', '2023-02-30'), 4, 'published', 'not a real'],
		['an unknown field', good.replace('dateline', 'datelin'), 5, 'datelin', 'not a known field'],
		// The typo, not the field it hides: "published is required" sent people to the wrong line.
		['a misspelt published', good.replace('published', 'publised'), 4, 'publised', 'not a known'],
		[
			'a bad date in a CR-only file',
			good.replace('2023-12-23', '2023-13-45').replaceAll('\n', '\r'),
			4,
			'published',
			'not a real calendar date'
		],
		['a bad url', good.replace('dateline: TOKYO', 'url: not a url'), 5, 'url', 'url'],
		[
			'a script url',
			good.replace('dateline: TOKYO', 'url: javascript:alert(1)'),
			5,
			'url',
			'Invalid URL'
		],
		['an empty body', good.replace(/---\n[^-]*$/, '---\n   \n'), 7, 'body', 'is empty'],
		['no front matter', 'Just text', 1, 'front matter', 'missing'],
		[
			'broken YAML',
			good.replace('source: AFP', 'source: AFP: wire'),
			3,
			'front matter',
			'invalid YAML'
		]
	])('refuses %s, naming the file, line and field', (_, raw, line, field, reason) => {
		const e = errorOf(raw);
		expect(e.file).toBe('data/articles/x.md');
		expect(e.field).toBe(field);
		expect(e.line).toBe(line);
		expect(e.reason).toContain(reason);
		expect(e.message).toMatch(new RegExp(`^data/articles/x\\.md:${line}: ${field}: `));
	});
});

describe('line endings', () => {
	it.each([
		['LF', '\n'],
		['CRLF', '\r\n'],
		['a lone CR', '\r']
	])(
		'a file whose lines end in %s has its front matter read and its body kept as written',
		(_, eol) => {
			const raw = `${good}\nSecond paragraph.\n`.replaceAll('\n', eol);
			const a = parseArticle(raw, 'data/articles/x.md');
			expect(a.meta.published).toBe('2023-12-23');
			expect(a.bodyLine).toBe(7);
			expect(a.text).toBe(`TOKYO, Dec 23, 2023 (AFP) – Body text.${eol}${eol}Second paragraph.`);
			expect(raw.slice(a.bodyOffset, a.bodyOffset + a.text.length)).toBe(a.text);
		}
	);
});

describe('loadArticlesFrom', () => {
	it('loads the real data folder', () => {
		const articles = loadArticlesFrom('data/articles');
		const afp = articles.find((a) => a.slug === 'afp-2023-12-23-japan-patriot-exports');
		const seed = readFileSync(
			'tests/fixtures/extract/afp-2023-12-23-japan-patriot-exports.txt',
			'utf8'
		);
		expect(afp?.meta.published).toBe('2023-12-23');
		// The body is the seed text after its `date` marker, character for character.
		expect(afp?.text).toBe(seed.replace(/^ date 2023-12-23 /, ''));
	});

	it('refuses a duplicate slug and names both files', () => {
		const dir = mkdtempSync(join(tmpdir(), 'articles-'));
		writeFileSync(join(dir, 'one.md'), good.replace('---\nt', '---\nslug: same\nt'));
		writeFileSync(join(dir, 'two.md'), good.replace('---\nt', '---\nslug: same\nt'));
		expect(() => loadArticlesFrom(dir)).toThrow(
			/two\.md:1: slug: duplicate slug "same", also used by .*one\.md/
		);
	});

	it('refuses an empty folder', () => {
		const dir = mkdtempSync(join(tmpdir(), 'articles-'));
		expect(() => loadArticlesFrom(dir)).toThrow(/no \.md article files/);
	});
});
