import { describe, expect, it } from 'vitest';
import { extractArticle, startExtraction } from '../../../src/lib/figures';
import { loadCorpus } from '../wire/corpus';

describe('startExtraction: one sentence at a time, the same result', () => {
	it.each(loadCorpus().map((a) => [a.slug, a] as const))('%s', (_slug, a) => {
		const options = { published: a.published, language: a.language };
		const job = startExtraction(a.text, options);
		let steps = 1;
		while (job.step()) steps++;
		expect(steps).toBe(job.sentences.length);
		expect(job.result()).toEqual(extractArticle(a.text, options));
	});

	it("uses the whole article's clues in every slice: a bare lakh crore after a rupee amount", () => {
		const text = 'India set aside Rs 6.21 lakh crore.\n\nThe capital outlay is 1.72 lakh crore.';
		const job = startExtraction(text);
		job.step();
		job.step();
		expect(job.result().figures.map((f) => f.currency)).toEqual(['INR', 'INR']);
	});

	it('steps over an empty text at once', () => {
		const job = startExtraction('');
		expect([job.step(), job.result()]).toEqual([false, { figures: [], rates: [] }]);
	});
});
