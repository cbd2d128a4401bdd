import { describe, expect, it } from 'vitest';
import { THEMES } from '$lib/charts/theme';
import { DEFAULT_STATE } from '$lib/state/url';
import { buildDashboard, visibleFigures } from '$lib/view/dashboard';
import { segmentArticle } from '$lib/articles/segments';
import { rateChecks } from '$lib/view/rate-check';
import { defaultPage } from '../helpers/default-article';

const page = defaultPage();
const build = (state = DEFAULT_STATE) => buildDashboard(page, state, THEMES.light, 'linear');

describe('the default article as page data', () => {
	it('labels figures from the editorial notes and adds the FY2024 event', () => {
		const label = (id: string) => page.figures.find((f) => f.id === id)?.label;
		expect(label('money-3-trillion-yen')).toBe("Japan's defence industry, annual market");
		expect(label('money-20-billion')).toBe("Japan's defence industry, annual market");
		expect(page.events).toEqual([
			expect.objectContaining({
				date: '2024-04-01',
				label: 'FY2024 budget year begins',
				sentence: 14
			})
		]);
	});

	it('carries only the rates it needs, not the whole series', () => {
		expect(page.rates.dates.length).toBeLessThan(12);
		expect(page.rates.dates).toContain('2023-12-22');
	});

	it('cites the reference values beside the percentages', () => {
		expect(page.context.map((c) => [c.label, c.value])).toEqual([
			['Japan, 2023 (SIPRI)', 1.1395],
			['Japan, FY2024 (government measure)', 1.6]
		]);
		expect(page.guideline).toMatchObject({ value: 2, label: 'NATO guideline' });
	});
});

describe('buildDashboard', () => {
	it.each([
		[
			'all types give the article’s four charts and three reference charts',
			DEFAULT_STATE.types,
			['money', 'percent', 'timeline', 'quantity', 'budget', 'industry', 'share']
		],
		[
			'money gives the money chart and the money reference charts',
			['money'],
			['money', 'budget', 'industry']
		],
		['dates alone give the timeline', ['dates'], ['timeline']],
		['no types give no charts', [], []]
	] as const)('%s', (_, types, charts) => {
		const view = build({ ...DEFAULT_STATE, types: [...types] });
		expect(view.charts.map((c) => c.id)).toEqual(charts);
		expect(view.figures).toEqual(
			visibleFigures(page.figures, { ...DEFAULT_STATE, types: [...types] })
		);
	});

	it('draws an equivalent pair as one bar, with the second figure as an alias', () => {
		const money = build().charts.find((c) => c.id === 'money')!;
		expect(money.rows.map((r) => r.stated)).toEqual([
			'around 3 trillion yen ($20 billion)',
			'$56 billion'
		]);
		expect(money.aliases).toEqual({ 'money-20-billion': 'money-3-trillion-yen' });
		expect(money.elements).toEqual([['money-3-trillion-yen', 'money-56-billion']]);
		expect(money.rows[0]?.value).toBeCloseTo(21.1088e9, -6);
		expect(money.subtitle).toBe('In US dollars at the ECB rate of 22 Dec 2023, 142.12 JPY per USD');
	});

	it('converts at the rate the article implies when asked', () => {
		const money = build({ ...DEFAULT_STATE, rate: 'stated' }).charts[0]!;
		expect(money.rows[0]?.value).toBeCloseTo(2e10, 0);
		expect(money.rows[0]?.rate?.text).toContain('implied by the article, 150 JPY per USD');
	});

	it('shows yen unconverted and dollars converted when the currency is JPY', () => {
		const money = build({ ...DEFAULT_STATE, currency: 'JPY' }).charts[0]!;
		expect(money.rows.map((r) => r.shown)).toEqual(['¥3 trillion', '¥8 trillion']);
		expect(money.rows[0]?.rate).toBeNull();
	});
});

describe('segmentArticle', () => {
	it('covers the text once, less paragraph breaks, with every figure as its own run', () => {
		const paragraphs = segmentArticle(page.text, page.sentences, page.figures);
		const runs = paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.runs));
		expect(runs.map((r) => r.text).join('')).toBe(page.text.replace(/\n\s*\n/g, ''));
		expect(runs.filter((r) => r.figure).map((r) => r.text)).toEqual(
			page.figures.map((f) => f.exact)
		);
	});
});

describe('rateChecks', () => {
	it('gives the implied rate, the market rate and the gap for the equivalent pair', () => {
		expect(rateChecks(page.figures, page.meta.published, page.rates)).toEqual([
			{
				figureIds: ['money-3-trillion-yen', 'money-20-billion'],
				stated: 'around 3 trillion yen ($20 billion)',
				implied: '150 JPY per USD',
				market: '142.12 JPY per USD (ECB, 22 Dec 2023)',
				deviation: '+5.5%'
			}
		]);
	});
});

describe('anchor ownership: each `fig-<id>` is on exactly one element of the page', () => {
	/** The ids a chart renders, as ChartCard and DataTable do: owned rows, then owned aliases. */
	const rendered = (view: ReturnType<typeof build>) =>
		view.charts.flatMap((chart) =>
			[
				...chart.rows.flatMap((r) => (r.figureId ? [r.figureId] : [])),
				...Object.keys(chart.aliases)
			].filter((id) => view.owners[id] === chart.id)
		);

	it.each([
		['every type', DEFAULT_STATE.types],
		['money only', ['money']],
		['percentages and dates', ['percent', 'dates']]
	] as const)('with %s shown, no id is rendered twice', (_, types) => {
		const view = build({ ...DEFAULT_STATE, types: [...types] });
		const ids = rendered(view);
		expect(new Set(ids).size).toBe(ids.length);
		expect(new Set(ids)).toEqual(new Set(Object.keys(view.owners)));
	});

	it('a figure drawn by two charts is anchored on the first: $56 billion on money, not budget', () => {
		const view = build();
		const id = 'money-56-billion';
		expect(
			view.charts.filter((c) => c.rows.some((r) => r.figureId === id)).map((c) => c.id)
		).toEqual(['money', 'budget']);
		expect(view.owners[id]).toBe('money');
		const percentTarget = page.figures.find((f) => f.kind === 'percent' && f.value === 2)!;
		expect(view.owners[percentTarget.id]).toBe('percent');
	});

	it('with money hidden, the budget chart goes too, and nothing anchors $56 billion', () => {
		const view = build({ ...DEFAULT_STATE, types: ['percent', 'dates', 'quantity'] });
		expect(view.charts.map((c) => c.id)).not.toContain('budget');
		expect(view.owners['money-56-billion']).toBeUndefined();
	});
});
