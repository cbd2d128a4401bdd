// One pipeline for every article: the page the build makes from a committed article deep-equals the
// page the paste path makes from the same text, title, source and date. Only the slug names where an
// article came from (a file name, or the title of a paste); for a committed article, what its own
// claims file and the build's reference data add is set aside, since the browser has neither.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '$lib/articles/parse';
import { rateYearFor, yearTable } from '$lib/currency/years';
import type { PageData } from '$lib/page/model';
import { analyseInChunks } from '$lib/paste/chunked';
import { analyse } from '$lib/page/analyse';
import { pastedSources } from '$lib/paste/sources';
import { buildPageData } from '$lib/page/build';
import { loadNotes } from '$lib/server/notes';
import { articlePageData } from '$lib/server/page-data';
import { loadRates } from '$lib/server/rates';
import { asArticleFile, generatedArticles } from '../../fixtures/parity/generate';

const rates = loadRates();

/** The paste path: the year of rates the page fetches, the worker's extraction, the builder. */
function pasted(meta: PageData['meta'], text: string, notes = loadNotes({ slug: '' } as never)) {
	const extraction = analyse({ text, published: meta.published });
	const year = yearTable(rates, rateYearFor(rates, meta.published));
	return buildPageData(pastedSources({ meta, text, extraction, rates: year, notices: [], notes }));
}

/** Every field but the slug, which names where the article came from. */
const withoutSlug = (page: PageData): Partial<PageData> => {
	const rest: Partial<PageData> = { ...page };
	delete rest.slug;
	return rest;
};

describe('generated articles: the build and the paste path give the same page', () => {
	const articles = generatedArticles();

	test('the set is varied as the parity rule needs', () => {
		const years = articles.slice(0, 50).map((a) => Number(a.published.slice(0, 4)));
		expect(Math.min(...years)).toBe(2005);
		expect(Math.max(...years)).toBe(2026);
		expect(articles.length).toBeGreaterThanOrEqual(53);
	});

	test.each(articles.map((a) => [a.name, a] as const))('%s', (name, a) => {
		const built = articlePageData(parseArticle(asArticleFile(a), `data/articles/${name}.md`));
		const paste = pasted(built.meta, a.body);
		expect(withoutSlug(paste)).toEqual(withoutSlug(built));
		expect(built.slug).toBe(name);
	});

	test('the dense article is capped the same way on both paths, with the same notice', () => {
		const dense = articles.find((a) => a.name === 'generated-many-percentages')!;
		const built = articlePageData(parseArticle(asArticleFile(dense), 'data/articles/dense.md'));
		expect(built.figures.filter((f) => f.kind === 'percent')).toHaveLength(30);
		expect(built.warnings).toEqual([
			'Percentages: the chart shows the largest 30 of 40 percentages in this article; the others are not charted or linked.'
		]);
	});

	test('articles before and after the rate data convert at the nearest fixing, both ways', () => {
		const page = (a: (typeof articles)[number]) =>
			articlePageData(parseArticle(asArticleFile(a), 'data/articles/x.md'));
		const before = articles.find((a) => a.name === 'generated-before-the-data')!;
		const [old, late] = [page(before), page(articles[1]!)];
		expect(old.ratesOn).toBe(rates.dates.find((d) => d >= '1999-01-04'));
		expect(old.warnings[0]).toMatch(/^Rates for 1997-06-02 are not in the data/);
		// After the data, conversions ask for the article's day and get the last fixing.
		expect(late.ratesOn).toBe('2026-11-27');
		expect(late.rates.dates).toContain(rates.dates.at(-1));
		expect(late.warnings[0]).toMatch(/^Rates for 2026-11-27 are not in the data/);
	});

	test('the main-thread fallback extracts what the worker extracts', async () => {
		for (const a of articles.slice(0, 5)) {
			const req = { text: a.body, published: a.published };
			expect(await analyseInChunks(req, async () => {}, 0)).toEqual(analyse(req));
		}
	});
});

describe('committed articles: the build and the paste path give the same page', () => {
	const files = readdirSync('data/articles').filter((f) => f.endsWith('.md'));

	test.each(files)('%s', (file) => {
		const path = `data/articles/${file}`;
		const article = parseArticle(readFileSync(path, 'utf8'), path);
		const built = articlePageData(article);
		// The notes a reader would have saved with the paste (editing, issue 13): the same labels.
		const paste = pasted(article.meta, article.text, loadNotes(article));
		const editorial = ['claims', 'context', 'guideline', 'series'] as const;
		const strip = (p: PageData) => {
			const rest = withoutSlug(p);
			for (const key of editorial) delete rest[key];
			rest.warnings = p.warnings.filter((w) => !/reference data|data\/reference/.test(w));
			return rest;
		};
		expect(strip(paste)).toEqual(strip(built));
		expect(built.figures.length).toBeGreaterThan(0);
	});
});
