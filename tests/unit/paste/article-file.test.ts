import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/articles/parse';
import { articleId, slugFor, toArticleFile } from '$lib/paste/article-file';
import { metaProblems } from '$lib/paste/validate';

const meta = {
	title: 'Japan: "record" budget — yes, ¥8 trillion',
	source: 'AFP',
	published: '2023-12-23',
	dateline: 'TOKYO',
	language: 'en'
};
const text = 'TOKYO (AFP) – Japan will spend $56 billion.\n\n---\nA rule line stays in the body.';

describe('the downloaded data/articles file', () => {
	it('parses back to the same article with the build’s own parser', () => {
		const file = toArticleFile({ meta, text });
		const back = parseArticle(file, `data/articles/${slugFor(meta.title)}.md`);
		expect(back.meta).toEqual(meta);
		expect(back.text).toBe(text);
		expect(back.slug).toBe('japan-record-budget-yes-8-trillion');
	});

	it.each([
		['Ålesund’s défense plan', 'alesund-s-defense-plan'],
		['日本の防衛費', 'pasted-article'],
		['  --  ', 'pasted-article']
	])('slugs “%s” as %s', (title, slug) => {
		expect(slugFor(title)).toBe(slug);
	});

	it('gives the same article the same id, and a changed one another', () => {
		expect(articleId({ meta, text })).toBe(articleId({ meta: { ...meta }, text }));
		expect(articleId({ meta, text })).not.toBe(articleId({ meta, text: `${text}!` }));
		expect(articleId({ meta, text })).toMatch(/^a[0-9a-f]{16}$/);
	});
});

describe('checking the form', () => {
	it('names each missing field by its label', () => {
		expect(metaProblems({ title: '', source: ' ', published: '' }, 'Text.')).toEqual([
			'Title is required.',
			'Source is required.',
			'Date is required.'
		]);
	});

	it('names a bad value and the empty text', () => {
		expect(metaProblems({ title: 'T', source: 'S', published: '2023-02-30' }, ' ')).toEqual([
			'Article text is empty: paste the article or drop a file.',
			'Date is not a real calendar date: got "2023-02-30".'
		]);
	});
});
