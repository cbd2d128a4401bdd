import { describe, expect, it } from 'vitest';
import { CHART_CAP, capFigures } from '$lib/page/cap';
import { extractFigures } from '$lib/figures';
import { manyNumbers } from '../../fixtures/paste/generate';

const text = manyNumbers(1_000);
const all = extractFigures(text, { published: '2024-03-14' });

describe('capping what a pasted article charts', () => {
	it('leaves a short article alone', () => {
		const few = all.slice(0, 20);
		expect(capFigures(few)).toEqual({ figures: few, warnings: [] });
	});

	it('keeps at most the cap per type, the largest ones, in article order', () => {
		const { figures, warnings } = capFigures(all);
		const percents = figures.filter((f) => f.kind === 'percent');
		expect(percents).toHaveLength(CHART_CAP);
		const smallestKept = Math.min(...percents.map((f) => f.value));
		const dropped = all.filter((f) => f.kind === 'percent' && !percents.includes(f));
		expect(dropped.every((f) => f.value <= smallestKept)).toBe(true);
		expect(figures.map((f) => f.start)).toEqual(
			[...figures.map((f) => f.start)].sort((a, b) => a - b)
		);
		expect(warnings).toContain(
			'Percentages: the chart shows the largest 30 of 300 percentages in this article; the others are not charted or linked.'
		);
	});

	it('ranks money by the size the caller gives, so currencies compare', () => {
		const money = all.filter((f) => f.kind === 'money');
		const sterlingFirst = (f: (typeof all)[number]) => (f.currency === 'GBP' ? 1e15 : 0) + f.value;
		const { figures } = capFigures(money, sterlingFirst);
		expect(figures.every((f) => f.currency === 'GBP')).toBe(true);
	});

	it('keeps the first years and dates rather than the largest', () => {
		const years = Array.from({ length: 60 }, (_, i) => `In ${2060 - i} it rose.`).join(' ');
		const { figures, warnings } = capFigures(extractFigures(years));
		expect(figures[0]!.value).toBe(2060);
		expect(figures).toHaveLength(CHART_CAP);
		expect(warnings[0]).toMatch(/^Years and dates: the chart shows the first 30 of 60/);
	});

	it('unlinks an equivalent pair the cap splits', () => {
		const pair = extractFigures('It cost 3 trillion yen ($20 billion).');
		expect(pair[0]!.equivalentOf ?? pair[1]!.equivalentOf).not.toBeNull();
		const { figures } = capFigures(pair, (f) => (f.currency === 'USD' ? 2 : 1), 1);
		expect(figures).toHaveLength(1);
		expect(figures[0]!.equivalentOf).toBeNull();
	});
});
