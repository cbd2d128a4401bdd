import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitArticle } from '../../../src/lib/articles/split';
import { extractArticle } from '../../../src/lib/figures';

// Every field of every figure of the default article, as extracted before issue 12's changes:
// ids, labels and anchors must not move, and nothing in it is a guess or a stated rate.
const SEED = 'tests/fixtures/extract/afp-2023-12-23-japan-patriot-exports.txt';
const BEFORE = JSON.parse(readFileSync('tests/unit/figures/default-article.snapshot.json', 'utf8'));

describe('the default article after issue 12', () => {
	const article = splitArticle(readFileSync(SEED, 'utf8'));
	const { figures, rates } = extractArticle(article.body, {
		published: article.markerDate ?? undefined
	});

	it('gives exactly the figures, ids, labels and anchors it gave before', () => {
		const withoutCheck = figures.map((f) => {
			const copy: Partial<typeof f> = { ...f };
			delete copy.check;
			return copy;
		});
		expect(withoutCheck).toEqual(BEFORE);
	});

	it('flags nothing and states no rate', () => {
		expect(figures.map((f) => f.check)).toEqual(figures.map(() => null));
		expect(rates).toEqual([]);
	});
});
