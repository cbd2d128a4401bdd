// The existing builders on the European fixture (euros and pounds, percentages, no dates), through
// buildDashboard with page data from the one page builder, as the build makes it.
import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE } from '$lib/state/url';
import { articlePageData } from '$lib/server/page-data';
import { buildDashboard } from '$lib/view/dashboard';
import { articleAt, theme } from './helpers';

const FIXTURE = 'data/articles/sample-2024-03-14-european-defence-budgets.md';
const { article } = articleAt(FIXTURE);
const data = articlePageData(article);
const view = buildDashboard(data, DEFAULT_STATE, theme, 'linear');
const chart = (id: string) => view.charts.find((c) => c.id === id);

describe('the dashboard for an article in euros and pounds', () => {
	test('has a money and a percent chart, and no timeline (the article has no dates)', () => {
		expect(view.charts.map((c) => c.id)).toEqual(['money', 'percent']);
		expect(chart('percent')?.rows.map((r) => r.value)).toEqual([2.1, 2.5, 10, 1.5]);
	});

	test('converts the euro and pound bars to dollars at the ECB rate of the article date', () => {
		const money = chart('money')!;
		expect(money.rows.map((r) => r.unit)).toEqual(['USD', 'USD', 'USD', 'USD']);
		expect(money.subtitle).toBe(
			'In US dollars at the ECB rate of 14 Mar 2024, 1.09 USD per EUR; ECB rate of 14 Mar 2024, 1.28 USD per GBP'
		);
		const germany = money.rows.find((r) => r.figureId === 'money-53-25bn')!;
		expect(germany.value / 1e9).toBeCloseTo(53.25 * 1.0925, 6);
		expect(germany.rate).toMatchObject({ date: '2024-03-14', source: 'ECB' });
		const uk = money.rows.find((r) => r.figureId === 'money-6-6bn')!;
		expect(uk.value / 1e9).toBeCloseTo((6.6 * 1.0925) / 0.8542, 6);
		expect(uk.rate?.text).toMatch(/GBP/);
	});
});
