import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/articles/parse';
import { coverage } from '$lib/currency/coverage';
import { analyse } from '$lib/page/analyse';
import { analyseInChunks } from '$lib/paste/chunked';
import { extractFigures, splitSentences } from '$lib/figures';
import { articlePageData } from '$lib/server/page-data';
import { loadRates } from '$lib/server/rates';
import { hostileArticle } from '../../fixtures/paste/generate';
import { pastedPage } from '../helpers/pasted';

const rates = loadRates();
const FIXTURE = 'data/articles/sample-2024-03-14-european-defence-budgets.md';
const article = parseArticle(readFileSync(FIXTURE, 'utf8'), FIXTURE);

const pasted = (meta = article.meta, text = article.text) => pastedPage(meta, text, rates);

describe('dashboard data for a pasted article', () => {
	it('matches what the build makes for the same article, less notes, claims and context', () => {
		const built = articlePageData(article);
		const data = pasted();
		expect(data.figures).toEqual(extractFigures(article.text, { published: '2024-03-14' }));
		expect(data.sentences).toEqual(splitSentences(article.text));
		expect(data.rates).toEqual(built.rates);
		expect(data.meta).toEqual(article.meta);
		expect(data).toMatchObject({
			events: [],
			context: [],
			guideline: null,
			claims: [],
			warnings: []
		});
		expect(data.slug).toBe('european-allies-raise-defence-budgets-as-uk-pledges-more');
	});

	it('converts an article older than the rate data at the first fixing and says so', () => {
		const data = pasted({ ...article.meta, published: '1998-05-01' });
		// The header keeps the article's own date; only conversions use the first fixing.
		expect(data.meta.published).toBe('1998-05-01');
		// Euros, pounds and dollars before the ECB's series: the Fed's H.10, from its first day.
		const first = coverage(rates, 'EUR', 'USD').start;
		expect(data.ratesOn).toBe(first);
		expect(data.warnings[0]).toBe(
			`Rates for 1998-05-01 are not in the data (Fed H.10 rates start ${first}); using the nearest available, ${first}.`
		);
		expect(data.rates.dates).toContain(first);
	});

	it('caps a 10,000-number article and keeps the hostile text as it was', () => {
		const text = hostileArticle();
		const data = pasted({ ...article.meta, published: '2024-03-04' }, text);
		expect(data.text).toBe(text);
		expect(data.figures.length).toBeLessThanOrEqual(120);
		expect(data.warnings.some((w) => /largest 30 of 3,00\d amounts/.test(w))).toBe(true);
	});

	it('gives an empty figure list, not an error, for an article with no figures', () => {
		const data = pasted(article.meta, 'Nothing here is a number. Nor here.');
		expect(data.figures).toEqual([]);
		expect(data.sentences).toHaveLength(2);
	});
});

describe('the main-thread fallback', () => {
	it('finds exactly what the worker finds, yielding between slices', async () => {
		const text = hostileArticle();
		const req = { text, published: '2024-03-04' };
		let pauses = 0;
		const sliced = await analyseInChunks(
			req,
			async () => {
				pauses++;
			},
			0
		);
		expect(sliced).toEqual(analyse(req));
		// A zero budget makes each sentence a slice: one pause per sentence, plus the final one.
		expect(pauses).toBe(sliced.sentences.length + 1);
	});
});
