// "No wrong number shown without a notice", for the default article: whatever the currency and the
// rate basis (article date, latest, stated, or any day 2000–2030), each money row says its value,
// the value is the amount at the fixing the row cites, a rate from after the data ends says
// "(latest available)", and a day before the data names the amount in a chart note instead.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyBars } from '$lib/charts/money';
import { THEMES } from '$lib/charts/theme';
import { CURRENCY_CODES, type CurrencyCode } from '$lib/currency/codes';
import { convert } from '$lib/currency/convert';
import { CurrencyError } from '$lib/currency/errors';
import { seriesRange } from '$lib/currency/series';
import { loadRates } from '$lib/server/rates';
import { DEFAULT_STATE, type RateBasis } from '$lib/state/url';
import { buildDashboard } from '$lib/view/dashboard';
import { needsFullRates } from '$lib/view/rates';
import { defaultPage } from '../helpers/default-article';
import { expectHonestCharts, expectShownIsValue } from './money-rows';

const page = defaultPage();
const FULL = loadRates();

const day = fc
	.tuple(
		fc.integer({ min: 2000, max: 2030 }),
		fc.integer({ min: 1, max: 12 }),
		fc.integer({ min: 1, max: 28 })
	)
	.map(
		([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as RateBasis
	);
const basis = fc.oneof(fc.constantFrom<RateBasis>('article', 'latest', 'stated'), day);

/** The market conversion the row should show, from the full series, or the error it should note. */
function expected(amount: number, from: CurrencyCode, to: CurrencyCode, on: string) {
	try {
		return convert(amount, from, to, on, FULL);
	} catch (e) {
		if (e instanceof CurrencyError) return e;
		throw e;
	}
}

describe('the default article under random currencies and rate bases', () => {
	it('every money row says its value, at the cited fixing, flagged when outside the data', () => {
		fc.assert(
			fc.property(fc.constantFrom(...CURRENCY_CODES), basis, (currency, rate) => {
				const state = { ...DEFAULT_STATE, currency, rate };
				const rates = needsFullRates(rate) ? FULL : page.rates;
				const view = buildDashboard({ ...page, rates }, state, THEMES.light, 'linear');
				expectHonestCharts(view, currency);
				const money = view.charts.find((c) => c.id === 'money')!;
				for (const { bar } of moneyBars(view.figures)) {
					const from = bar.currency as CurrencyCode;
					const row = money.rows.find((r) => r.figureId === bar.id);
					const conversion = view.conversions.find((c) => c.figureId === bar.id)!;
					if (rate === 'stated' && conversion.ok && conversion.applied === 'stated') {
						expect(row?.rate?.text).toMatch(/^rate implied by the article, /);
						continue;
					}
					if (rate === 'stated' && from !== currency) {
						const pair = `${conversion.from}/${conversion.to}`;
						const noted = money.notes.some((n) => n.includes(`implies no ${pair} rate`));
						expect(noted).toBe(true);
					}
					const on =
						rate === 'article' || rate === 'stated'
							? page.meta.published
							: rate === 'latest'
								? seriesRange(FULL, from, currency).end
								: rate;
					const want = expected(bar.value, from, currency, on);
					if (want instanceof CurrencyError) {
						expect(row).toBeUndefined();
						expect(money.notes.some((n) => n.includes(`“${bar.exact}”`))).toBe(true);
						continue;
					}
					expect(row).toBeDefined();
					expectShownIsValue(row!, currency);
					expect(Math.abs(row!.value - want.value)).toBeLessThanOrEqual(want.value * 1e-9);
					if (from === currency) {
						expect(row!.rate).toBeNull();
						continue;
					}
					expect(row!.rate?.date).toBe(want.rateDate);
					expect(row!.rate?.text.includes('(latest available)')).toBe(want.afterSeriesEnd);
				}
			}),
			{ numRuns: 200 }
		);
	});
});
