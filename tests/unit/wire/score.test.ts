import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/lib/figures';
import { loadCorpus, precision, recall, score, totals, type WireArticle } from './corpus';

const corpus = loadCorpus();
const ours = (a: WireArticle) =>
	extractArticle(a.text, { published: a.published, language: a.language });
const result = score(corpus, (a) => ours(a).figures);

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('the wire corpus', () => {
	it('holds at least 30 articles from at least 8 outlets in at least 8 currencies', () => {
		const currencies = new Set(
			corpus.flatMap((a) => a.figures.map((f) => f.currency)).filter(Boolean)
		);
		expect(corpus.length).toBeGreaterThanOrEqual(30);
		expect(currencies.size).toBeGreaterThanOrEqual(8);
	});

	it('scores recall ≥ 0.98, precision ≥ 0.99, no wrong values and labels ≥ 0.9', () => {
		const rows = Object.entries(result.kinds).map(([kind, k]) => ({
			kind, expected: k.expected, found: k.found, right: k.right, wrong: k.wrong, missed: k.missed,
			extra: k.extra, recall: pct(recall(k)), precision: pct(precision(k))
		})); // prettier-ignore
		const all = totals(result);
		console.table(rows);
		console.log(
			`all kinds: recall ${pct(recall(all))}, precision ${pct(precision(all))}, ` +
				`wrong values ${all.wrong}; labels ${result.labels.right}/${result.labels.total} ` +
				`(${pct(result.labels.right / result.labels.total)}); checks flagged ` +
				`${result.checks.flagged}/${result.checks.expected}\n` +
				result.notes.join('\n')
		);
		expect(all.wrong).toBe(0);
		expect(recall(all)).toBeGreaterThanOrEqual(0.98);
		expect(precision(all)).toBeGreaterThanOrEqual(0.99);
		expect(result.labels.right / result.labels.total).toBeGreaterThanOrEqual(0.9);
	});

	it('flags every figure the expectations mark as a guess', () => {
		expect(result.checks.flagged).toBe(result.checks.expected);
	});

	it('reads every stated rate and returns none as a figure', () => {
		for (const a of corpus) {
			const { figures, rates } = ours(a);
			expect(rates.map((r) => [r.exact, r.base, r.quote, r.rate])).toEqual(
				a.rates.map((r) => [r.exact, r.base, r.quote, r.rate])
			);
			for (const r of rates)
				for (const f of figures) expect(f.end <= r.start || f.start >= r.end).toBe(true);
		}
	});

	it('anchors every figure exactly in the text as read', () => {
		for (const a of corpus)
			for (const f of ours(a).figures) expect(a.text.slice(f.start, f.end)).toBe(f.exact);
	});
});
