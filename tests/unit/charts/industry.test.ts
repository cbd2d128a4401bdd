// The industry chart as data: the article's ¥3 trillion ($20 billion) pair as one bar against US
// contractors' 2023 revenues, in the selected currency, with each source's precision kept.
import { describe, expect, test } from 'vitest';
import { buildIndustryChart, type IndustryChartInput } from '$lib/charts/industry';
import { industryVsContractors } from '$lib/reference/series/industry';
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

const input: IndustryChartInput = {
	rows: industryVsContractors(reference, at),
	figures: afp.figures,
	sentences: afp.sentences,
	currency: 'USD',
	rates: afp.rates,
	published: afp.published,
	theme
};
const spec = buildIndustryChart(input);
const yen = figureId('money-3-trillion-yen');
const dollars = figureId('money-20-billion');
const industry = (s: typeof spec) => s.rows.find((r) => r.figureId === yen)!;

describe('buildIndustryChart on the default article', () => {
	test('draws one bar for the industry and one per 2023 contractor, largest first', () => {
		expect(datasets(spec.config)[0]!.data).toHaveLength(7);
		expect(spec.rows.map((r) => r.label.split(' ')[0])).toEqual([
			'Boeing',
			'RTX',
			'Lockheed',
			'General',
			'Northrop',
			'Boeing',
			"Japan's"
		]);
		expect(spec.rows.filter((r) => r.figureId)).toHaveLength(1);
	});

	test('links the industry bar to the yen figure, with the dollar figure as an alias', () => {
		expect(spec.elements[0]!.at(-1)).toBe(yen);
		expect(spec.aliases).toEqual({ [dollars]: yen });
		expect(spec.annotations).toEqual({ [`fig:${yen}`]: yen });
		expect(industry(spec)).toMatchObject({
			stated: 'around 3 trillion yen ($20 billion); source: about ¥3 trillion, 2022 estimate',
			shown: '$21 billion',
			unit: 'USD'
		});
		expect(industry(spec).reference?.verification).toContain('secondary');
		expect(contentAt(annotationsOf(spec.config)[`fig:${yen}`], 800)).toBe(
			'[7] Article: around 3 trillion yen ($20 billion)'
		);
		expect(industry(spec).sentenceText).toContain('3 trillion yen');
	});

	test('keeps each contractor’s precision and verification in its row', () => {
		const lockheed = spec.rows.find((r) => r.label === 'Lockheed Martin')!;
		expect(lockheed).toMatchObject({
			stated: '$67.6 billion, 2023 revenue',
			figureId: null,
			rate: null
		});
		expect(lockheed.value / 1e9).toBeCloseTo(67.571, 3);
		expect(lockheed.reference).toMatchObject({
			verification: 'verified',
			precision: 'exact to the million dollars'
		});
		expect(spec.rows.find((r) => r.label === 'Northrop Grumman')?.reference).toMatchObject({
			verification: 'verified (rounded)',
			precision: 'rounded to $0.1 billion'
		});
	});

	test('cites the rate that turned the yen estimate into dollars', () => {
		expect(spec.subtitle).toBe('In US dollars at the ECB rate of 22 Dec 2023, 142.12 JPY per USD');
		expect(industry(spec).rate?.text).toBe('ECB rate of 22 Dec 2023, 142.12 JPY per USD');
		for (const [, axis] of axes(spec.config)) {
			expect((axis.ticks as { font: { family: string } }).font.family).toBe(theme.font);
		}
	});
});

describe('buildIndustryChart with another currency or no rates', () => {
	test('in yen the estimate is back to ¥3 trillion and the contractors are converted', () => {
		const inYen = buildIndustryChart({ ...input, currency: 'JPY' });
		expect(industry(inYen).value).toBeCloseTo(3e12, -3);
		expect(industry(inYen).rate).toBeNull();
		expect(inYen.rows[0]!.value).toBeCloseTo(77.794e9 * 142.121, -9);
		expect(inYen.subtitle).toBe(
			'In Japanese yen at the ECB rate of 22 Dec 2023, 142.12 JPY per USD'
		);
	});

	test('without rates it stays in dollars and says why', () => {
		const none = buildIndustryChart({ ...input, currency: 'EUR', rates: null });
		expect(none.rows.every((r) => r.unit === 'USD')).toBe(true);
		expect(none.notes).toEqual([
			'Revenues are shown in US dollars: no exchange rates were loaded.'
		]);
	});
});
