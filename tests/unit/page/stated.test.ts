// A rate line the article states ("(£1 = $1.27)") is the "As stated in the article" basis, for the
// whole page, and is never itself a figure.
import { describe, expect, it } from 'vitest';
import { THEMES } from '$lib/charts/theme';
import { DEFAULT_STATE } from '$lib/state/url';
import { buildDashboard } from '$lib/view/dashboard';
import { pastedPage } from '../helpers/pasted';

const meta = { title: 'UK budget', source: 'Sample', published: '2024-03-07', language: 'en' };
const text =
	'Britain will spend £10 billion more on munitions, the Treasury said.\n\n(£1 = $1.27)\n';

describe('a stated-rate line', () => {
	const page = pastedPage(meta, text);

	it('is kept as the article’s rate and is not a figure', () => {
		expect(page.statedRates).toMatchObject([{ base: 'GBP', quote: 'USD', rate: 1.27 }]);
		expect(page.figures.map((f) => f.exact)).toEqual(['£10 billion']);
	});

	it('converts at the stated rate on the stated basis, and at the market rate otherwise', () => {
		const view = (rate: 'stated' | 'article') =>
			buildDashboard(page, { ...DEFAULT_STATE, rate }, THEMES.light, 'linear');
		const stated = view('stated').charts.find((c) => c.id === 'money')!.rows[0]!;
		expect(stated.value).toBeCloseTo(12.7e9, -6);
		expect(stated.rate?.text).toContain(
			'rate stated by the article, “£1 = $1.27”: 1.27 USD per GBP'
		);
		const market = view('article').charts.find((c) => c.id === 'money')!.rows[0]!;
		expect(market.value).not.toBeCloseTo(12.7e9, -6);
		expect(market.rate?.source).toBe('ECB');
	});
});
