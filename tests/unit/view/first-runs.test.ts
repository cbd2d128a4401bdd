import { describe, expect, it } from 'vitest';
import type { ParagraphView } from '$lib/articles/segments';
import { firstRuns } from '$lib/view/first-runs';

/** Paragraphs of sentences with the given numbers of runs: [[2, 3], [4]]. */
const article = (shape: number[][]): ParagraphView[] =>
	shape.map((p) => ({
		sentences: p.map((runs, i) => ({
			index: i,
			runs: Array.from({ length: runs }, (_, r) => ({ text: `r${r}` }))
		}))
	}));
const shapeOf = (ps: ParagraphView[]) => ps.map((p) => p.sentences.map((s) => s.runs.length));

describe('firstRuns', () => {
	it.each([
		['everything, when it fits', [[2, 3], [4]], 9, [[2, 3], [4]], true],
		['whole paragraphs up to the budget', [[2, 3], [4]], 5, [[2, 3]], false],
		['part of one long paragraph', [[3, 3, 3, 3]], 7, [[3, 3]], false],
		['the first sentence even when it alone is over budget', [[50, 1]], 10, [[50]], false],
		['nothing from a paragraph that would start over budget', [[2], [3, 3]], 4, [[2]], false],
		['an empty article', [], 10, [], true]
	])('keeps %s', (_, shape, budget, kept, complete) => {
		const result = firstRuns(article(shape), budget);
		expect(shapeOf(result.paragraphs)).toEqual(kept);
		expect(result.complete).toBe(complete);
	});

	it('grows to the whole text as the budget grows, one slice at a time', () => {
		const text = article([Array.from({ length: 1_000 }, () => 21)]);
		let budget = 800;
		let slices = 1;
		while (!firstRuns(text, budget).complete) {
			budget += 800;
			slices++;
		}
		expect(slices).toBe(27);
		expect(firstRuns(text, budget).paragraphs).toBe(text);
	});
});
