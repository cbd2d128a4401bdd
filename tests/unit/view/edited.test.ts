import { describe, expect, it } from 'vitest';
import { THEMES } from '$lib/charts/theme';
import type { ChartSpec } from '$lib/charts/spec';
import { EMPTY_EDITS, type Edits } from '$lib/edits/model';
import { DEFAULT_STATE } from '$lib/state/url';
import { buildDashboard } from '$lib/view/dashboard';
import { CHART_LABEL_MAX, TITLE_MAX } from '$lib/view/edited';
import { defaultPage } from '../helpers/default-article';

const page = defaultPage();
const build = (over: Partial<Edits> = {}) =>
	buildDashboard(page, DEFAULT_STATE, THEMES.light, 'linear', { ...EMPTY_EDITS, ...over });
const chart = (view: ReturnType<typeof build>, id: ChartSpec['id']) => {
	const c = view.charts.find((x) => x.id === id);
	if (!c) throw new Error(`no chart ${id}`);
	return c;
};
const drawnLabels = (c: ChartSpec) => (c.config as { data: { labels: string[] } }).data.labels;

/** Words of five letters and a space, cut to exactly `n` characters. */
const words = (n: number) => 'Ships'.concat(' ships'.repeat(n)).slice(0, n);

describe('edited titles', () => {
	it('keeps a title of exactly TITLE_MAX characters whole', () => {
		const title = words(TITLE_MAX);
		expect(title).toHaveLength(TITLE_MAX);
		expect(chart(build({ charts: { money: { title } } }), 'money').title).toBe(title);
	});

	it('cuts a title of TITLE_MAX + 1 characters with an ellipsis', () => {
		const title = words(TITLE_MAX + 1);
		const shown = chart(build({ charts: { money: { title } } }), 'money').title;
		expect(shown.endsWith('…')).toBe(true);
		expect(shown.length).toBeLessThanOrEqual(TITLE_MAX);
		expect(title.startsWith(shown.slice(0, -1))).toBe(true);
	});

	it('cuts a subtitle the same way, and trims both', () => {
		const view = build({
			charts: { percent: { title: '  Goals  ', subtitle: words(TITLE_MAX + 1) } }
		});
		expect(chart(view, 'percent').title).toBe('Goals');
		expect(chart(view, 'percent').subtitle).toMatch(/…$/);
		expect(chart(view, 'percent').subtitle.length).toBeLessThanOrEqual(TITLE_MAX);
	});

	it('keeps the automatic title and subtitle for blank ones, and for other charts', () => {
		const plain = build();
		const view = build({
			charts: { money: { title: '   ', subtitle: '' }, timeline: { title: 'When' } }
		});
		expect(chart(view, 'money').title).toBe(chart(plain, 'money').title);
		expect(chart(view, 'money').subtitle).toBe(chart(plain, 'money').subtitle);
		expect(chart(view, 'percent').title).toBe(chart(plain, 'percent').title);
		expect(chart(view, 'timeline').title).toBe('When');
		expect(view.automatic.timeline).toEqual({
			title: chart(plain, 'timeline').title,
			subtitle: chart(plain, 'timeline').subtitle
		});
	});
});

describe('edited labels', () => {
	const label = (n: number) => ({ figures: { 'money-56-billion': { label: words(n) } } });
	it('draws a label of exactly CHART_LABEL_MAX characters whole', () => {
		const money = chart(build(label(CHART_LABEL_MAX)), 'money');
		expect(drawnLabels(money)).toContain(words(CHART_LABEL_MAX));
		expect(money.rows.find((r) => r.figureId === 'money-56-billion')!.label).toBe(
			words(CHART_LABEL_MAX)
		);
	});

	it('draws a label one longer cut, and keeps it whole in the rows', () => {
		const whole = words(CHART_LABEL_MAX + 1);
		const view = build(label(CHART_LABEL_MAX + 1));
		const money = chart(view, 'money');
		const drawn =
			drawnLabels(money)[money.rows.findIndex((r) => r.figureId === 'money-56-billion')]!;
		expect(drawn).not.toBe(whole);
		expect(drawn).toMatch(/…$/);
		expect(drawn.length).toBeLessThanOrEqual(CHART_LABEL_MAX);
		expect(money.rows.find((r) => r.figureId === 'money-56-billion')!.label).toBe(whole);
		// The budget chart draws the same figure: its row keeps the whole label too.
		expect(view.figures.find((f) => f.id === 'money-56-billion')!.label).toBe(whole);
	});
});

describe('hidden figures', () => {
	it('lists hidden rows after the drawn ones, marked hidden, and does not draw them', () => {
		const long = words(CHART_LABEL_MAX + 20);
		const view = build({ figures: { 'money-3-trillion-yen': { hidden: true, label: long } } });
		const money = chart(view, 'money');
		const drawn = money.rows.filter((r) => !r.hidden);
		expect(drawn.map((r) => [r.figureId, r.marker])).toEqual([['money-56-billion', 1]]);
		const hidden = money.rows.slice(drawn.length);
		// The pair is one row: hiding the yen side hides the bar it shares with the dollar side.
		expect(hidden).toHaveLength(1);
		expect(hidden[0]).toMatchObject({
			figureId: 'money-3-trillion-yen',
			hidden: true,
			label: long
		});
		expect(hidden[0]!.marker).toBeGreaterThan(1);
		expect(drawnLabels(money)).toEqual([drawn[0]!.label]);
		// Its table row still carries the anchor.
		expect(view.owners['money-3-trillion-yen']).toBe('money');
	});

	it('lists a hidden figure on the timeline after the drawn ones', () => {
		const plain = chart(build(), 'timeline');
		const timeline = chart(build({ figures: { 'year-2014': { hidden: true } } }), 'timeline');
		expect(timeline.rows.map((r) => [r.figureId, r.hidden])).toEqual([
			...plain.rows.filter((r) => r.figureId !== 'year-2014').map((r) => [r.figureId, undefined]),
			['year-2014', true]
		]);
		expect(timeline.rows.filter((r) => !r.hidden).map((r) => r.marker)).toEqual([1, 2, 3]);
	});

	it('still lists a hidden figure as editable, with the marker it has when shown', () => {
		const view = build({ figures: { 'year-2014': { hidden: true } } });
		expect(view.editable.timeline).toEqual(build().editable.timeline);
		expect(view.editable.timeline).toContainEqual({ id: 'year-2014', marker: 1 });
	});

	it('does not draw a chart whose every figure is hidden, and says so', () => {
		const view = build({
			figures: { 'quantity-hundreds-of-thousands-of-rounds': { hidden: true } }
		});
		expect(view.charts.map((c) => c.id)).not.toContain('quantity');
		expect(view.problems).toEqual([
			'Every figure of the chart “Quantities in the article” is hidden, so it is not drawn; “Reset edits” or a link without edits brings it back.'
		]);
		expect(view.editable.quantity).toEqual([
			{ id: 'quantity-hundreds-of-thousands-of-rounds', marker: 1 }
		]);
	});

	it('keeps a chart with one figure left, without a problem', () => {
		const view = build({ figures: { 'money-56-billion': { hidden: true } } });
		expect(chart(view, 'money').rows.filter((r) => !r.hidden)).toHaveLength(1);
		expect(view.problems).toEqual([]);
	});
});

describe('corrected figures', () => {
	it('shows the article’s wording beside the corrected value, with a footer line', () => {
		const view = build({ figures: { 'money-56-billion': { correction: { value: 6.1e10 } } } });
		const money = chart(view, 'money');
		const row = money.rows.find((r) => r.figureId === 'money-56-billion')!;
		expect(row).toMatchObject({ stated: '$56 billion', corrected: '$56 billion', value: 6.1e10 });
		expect(row.shown).toBe('$61 billion');
		expect(money.corrections).toEqual([
			'Corrected: the article says “$56 billion”; corrected to $61 billion.'
		]);
		expect(chart(build(), 'money').corrections).toBeUndefined();
	});

	it('does not apply a correction with a problem, and reports it', () => {
		const view = build({ figures: { 'year-2027': { correction: { value: 999 } } } });
		expect(chart(view, 'timeline').rows.some((r) => r.corrected !== undefined)).toBe(false);
		expect(view.problems).toEqual([
			'The correction of “2027” is not applied: A year is a whole number such as 2027.'
		]);
	});

	it('applies a year correction of 1000', () => {
		const view = build({ figures: { 'year-2027': { correction: { value: 1000 } } } });
		const row = chart(view, 'timeline').rows.find((r) => r.figureId === 'year-2027')!;
		expect(row).toMatchObject({ value: 1000, corrected: '2027', stated: '2027' });
		expect(view.problems).toEqual([]);
	});
});

describe('a hidden pair', () => {
	it('keeps a link for both sides: the other side points at the hidden row', () => {
		const view = build({ figures: { 'money-3-trillion-yen': { hidden: true } } });
		const money = chart(view, 'money');
		const hidden = money.rows.find((r) => r.hidden)!;
		expect(hidden.figureId).toBe('money-3-trillion-yen');
		expect(money.aliases['money-20-billion']).toBe('money-3-trillion-yen');
		expect(view.owners['money-20-billion']).toBe('money');
		// Nothing hidden: the drawn pair's alias is the builder's own.
		expect(chart(build(), 'money').aliases).toEqual({ 'money-20-billion': 'money-3-trillion-yen' });
	});
});

describe('a correction on a reference chart', () => {
	it('keeps the reference row as the reference states it and names the corrected value', () => {
		const view = build({ figures: { 'money-56-billion': { correction: { value: 6e10 } } } });
		const budget = chart(view, 'budget');
		const row = budget.rows.find((r) => r.figureId === 'money-56-billion')!;
		expect(row.stated).toMatch(
			/^¥7\.9496 trillion, initial budget \(enacted\); article: \$60 billion, corrected$/
		);
		expect(row.corrected).toBe('$56 billion');
		expect(budget.corrections).toEqual([
			'Corrected: the article says “$56 billion”; corrected to $60 billion.'
		]);
	});
});
