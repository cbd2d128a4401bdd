import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/articles/parse';
import { analyse } from '$lib/paste/analyse';
import { assembleDashboard } from '$lib/paste/assemble';
import { analyseInChunks } from '$lib/paste/chunked';
import { rateDateFor } from '$lib/paste/rate-date';
import { extractFigures, splitSentences } from '$lib/figures';
import { articlePageData } from '$lib/server/page-data';
import { seriesRange } from '$lib/currency/series';
import { loadRates } from '$lib/server/rates';
import { hostileArticle } from '../../fixtures/paste/generate';

const rates = loadRates();
const FIXTURE = 'tests/fixtures/articles/europe-defence-euros-pounds.md';
const article = parseArticle(readFileSync(FIXTURE, 'utf8'), FIXTURE);

function pasted(meta = article.meta, text = article.text) {
	const rateDate = rateDateFor(rates, meta.published);
	const analysis = analyse({ text, published: meta.published, table: rates, on: rateDate.on });
	return assembleDashboard({ meta, text, analysis, rates, rateDate });
}

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

	it('converts a pre-2012 article at the first fixing and says so', () => {
		const data = pasted({ ...article.meta, published: '1999-05-01' });
		// The header keeps the article's own date; only conversions use the first fixing.
		expect(data.meta.published).toBe('1999-05-01');
		// rateDateFor moves it to the ECB's first fixing (the table itself now starts in 1999).
		const first = seriesRange(rates, 'EUR', 'USD', 'ECB').start;
		expect(data.ratesOn).toBe(first);
		expect(data.warnings[0]).toMatch(/^Rates for 1999-05-01 are not in the data/);
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
		const req = { text, published: '2024-03-04', table: rates, on: '2024-03-04' };
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
