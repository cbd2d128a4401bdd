// The budget chart as data: FY2012–FY2026 on real reference data, the article's FY2024 figure
// annotated and linked, unverified years drawn and labelled as such, currency and rate fallbacks.
import { describe, expect, test } from 'vitest';
import { buildBudgetChart, type BudgetChartInput } from '$lib/charts/budget';
import { plainlyVerified } from '$lib/charts/budget-match';
import { budgetSeries } from '$lib/reference/series/budget';
import {
	afp,
	annotationsOf,
	at,
	axes,
	contentAt,
	datasets,
	figureId,
	reference,
	theme
} from './helpers';

const input: BudgetChartInput = {
	points: budgetSeries(reference, at),
	figures: afp.figures,
	sentences: afp.sentences,
	currency: 'USD',
	rates: afp.rates,
	published: afp.published,
	theme
};
const spec = buildBudgetChart(input);
const byYear = (s: typeof spec, fy: string) => {
	const i = input.points.findIndex((p) => p.fiscalYear === fy);
	return { i, row: s.rows[i]!, value: (datasets(s.config)[0]!.data as number[])[i]! };
};
const fiftySix = figureId('money-56-billion');

describe('buildBudgetChart on the default article', () => {
	test('draws one bar per fiscal year, FY2012–FY2026, and one row for each', () => {
		expect(spec.id).toBe('budget');
		expect(spec.config.data.labels).toEqual(Array.from({ length: 15 }, (_, i) => `FY${2012 + i}`));
		expect(datasets(spec.config)[0]!.data).toHaveLength(15);
		expect(spec.rows).toHaveLength(15);
		expect(spec.rows.map((r) => r.marker)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
		expect(spec.rows.every((r) => r.reference?.source && r.reference.verification)).toBe(true);
	});

	test('converts every year at the one article-date rate and says so in the subtitle', () => {
		expect(spec.subtitle).toBe(
			'In US dollars at the ECB rate of 22 Dec 2023, 142.12 JPY per USD, the same rate for every year'
		);
		expect(byYear(spec, 'FY2024').value / 1e9).toBeCloseTo(55.935, 2);
		expect(new Set(spec.rows.map((r) => r.rate?.text)).size).toBe(1);
		expect(spec.rows[0]?.unit).toBe('USD');
	});

	test('annotates FY2024 with the article’s “$56 billion” and links bar and note to it', () => {
		const { i, row } = byYear(spec, 'FY2024');
		expect(row.figureId).toBe(fiftySix);
		expect(row.sentenceText).toContain('a record defence budget worth $56 billion');
		expect(spec.elements[0]![i]).toBe(fiftySix);
		expect(spec.elements[0]!.filter(Boolean)).toEqual([fiftySix]);
		expect(spec.annotations).toEqual({ [`fig:${fiftySix}`]: fiftySix });
		const note = annotationsOf(spec.config)[`fig:${fiftySix}`];
		expect(note).toMatchObject({ type: 'label', xValue: i, yValue: row.value });
		expect(contentAt(note, 800)).toBe(`[${row.marker}] Article: $56 billion`);
		expect(contentAt(note, 360)).toBe(`[${row.marker}] $56 billion`);
	});

	test('draws FY2012, FY2014 (derived) and FY2026 (news-only draft) lighter, dashed and labelled', () => {
		const uncertain = input.points.filter((p) => !plainlyVerified(p)).map((p) => p.fiscalYear);
		expect(uncertain).toEqual(['FY2012', 'FY2014', 'FY2026']);
		const colours = datasets(spec.config)[0]!.backgroundColor as string[];
		const boxes = annotationsOf(spec.config);
		for (const fy of uncertain) {
			const { i, row } = byYear(spec, fy);
			expect(colours[i]).not.toBe(theme.money);
			expect(boxes[`caveat:${fy}`]).toMatchObject({ type: 'box', borderDash: [4, 3] });
			expect(row.reference?.verification).not.toBe('verified');
		}
		expect(byYear(spec, 'FY2026').row.label).toBe('FY2026 (secondary source only)');
		expect(byYear(spec, 'FY2026').row.stated).toContain('cabinet draft 2025-12-26');
		expect(byYear(spec, 'FY2012').row.label).toBe('FY2012 (derived from primary yoy deltas)');
		expect(colours[byYear(spec, 'FY2024').i]).toBe(theme.money);
		expect(spec.notes.join(' ')).toContain('FY2026 (secondary source only)');
	});

	test('cites MOD and MOF, and flags FY2026, in the sources', () => {
		expect(spec.sources).toHaveLength(1);
		expect(spec.sources[0]).toMatch(/Ministry of Defense \(MOD\).*Ministry of Finance \(MOF\)/);
		expect(spec.sources[0]).toContain('FY2026: cabinet draft');
	});

	test('sets the theme font on every axis and quotes the sentence only for the article’s bar', () => {
		for (const [, axis] of axes(spec.config)) {
			expect((axis.ticks as { font: { family: string } }).font.family).toBe(theme.font);
		}
		const tooltip = spec.config.options?.plugins?.tooltip?.callbacks as unknown as {
			afterBody: (items: { dataIndex: number }[]) => string[];
		};
		expect(tooltip.afterBody([{ dataIndex: byYear(spec, 'FY2024').i }]).join(' ')).toContain(
			'$56 billion'
		);
		expect(tooltip.afterBody([{ dataIndex: 0 }])).toEqual([]);
	});
});

describe('buildBudgetChart with another currency or no rates', () => {
	test('in yen there is no conversion: FY2024 is ¥7.95 trillion and still linked', () => {
		const yen = buildBudgetChart({ ...input, currency: 'JPY' });
		expect(byYear(yen, 'FY2024')).toMatchObject({ value: 7.9496e12 });
		expect(byYear(yen, 'FY2024').row).toMatchObject({
			figureId: fiftySix,
			rate: null,
			unit: 'JPY'
		});
		expect(yen.subtitle).toMatch(/^In Japanese yen/);
		expect(yen.notes.some((n) => n.includes('shown in yen'))).toBe(false);
	});

	test('in euros the values and the subtitle change', () => {
		const eur = buildBudgetChart({ ...input, currency: 'EUR' });
		expect(eur.subtitle).toMatch(/^In euros at the ECB rate of 22 Dec 2023/);
		expect(byYear(eur, 'FY2024').value).toBeLessThan(byYear(spec, 'FY2024').value);
		expect(eur.rows[0]?.unit).toBe('EUR');
	});

	test('without rates it falls back to yen with a note, and cannot place the dollar figure', () => {
		const none = buildBudgetChart({ ...input, rates: null });
		expect(none.rows[0]?.unit).toBe('JPY');
		expect(none.notes[0]).toBe('The budget is shown in yen: no exchange rates were loaded.');
		expect(none.subtitle).toMatch(/^In Japanese yen/);
		expect(none.elements[0]!.every((id) => id === null)).toBe(true);
	});

	test('a date before the rate series falls back to yen and names the reason', () => {
		const early = buildBudgetChart({ ...input, published: '1990-01-01' });
		expect(early.rows[0]?.unit).toBe('JPY');
		expect(early.notes[0]).toMatch(/^The budget is shown in yen: 1990-01-01 is before the /);
	});
});
