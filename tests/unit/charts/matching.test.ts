// The rules that tie an article's figure to a reference bar, pinned at their limits: a budget within
// ±15% of the budget of the article's fiscal year or the next (April to March), and an industry
// estimate within ±15% of the reference estimate in dollars at the article-date rate.
import { describe, expect, test } from 'vitest';
import {
	articleBudgetFigure,
	BUDGET_MATCH_TOLERANCE,
	fiscalYearOf
} from '$lib/charts/budget-match';
import { articleIndustryFigure, INDUSTRY_MATCH_TOLERANCE } from '$lib/charts/industry';
import { extractFigures, splitSentences } from '$lib/figures';
import { loadRates } from '$lib/server/rates';
import { budgetSeries } from '$lib/reference/series/budget';
import { industryVsContractors } from '$lib/reference/series/industry';
import { reference, theme } from './helpers';

const rates = loadRates();

function article(text: string, published: string) {
	return {
		figures: extractFigures(text, { published }),
		sentences: splitSentences(text),
		published
	};
}

const trillionYen = (jpy: number) => `${(jpy / 1e12).toFixed(4)} trillion yen`;

describe('a budget figure matches the budget of its fiscal year or the next, within ±15%', () => {
	const points = budgetSeries(reference, { rates, on: '2023-12-22' });
	const budget = (fy: string) => points.find((p) => p.fiscalYear === fy)!.jpyTrillion * 1e12;
	const match = (amount: number, published = '2023-12-23') => {
		const a = article(
			`The cabinet approved a defence budget of ${trillionYen(amount)}.`,
			published
		);
		return articleBudgetFigure({ ...a, points, rates })?.year ?? null;
	};
	const [up, down] = [1 + BUDGET_MATCH_TOLERANCE, 1 - BUDGET_MATCH_TOLERANCE];

	test.each([
		['just inside +15% of FY2024', budget('FY2024') * up * 0.999, 2024],
		['just outside +15% of FY2024', budget('FY2024') * up * 1.001, null],
		['just inside −15% of FY2023', budget('FY2023') * down * 1.001, 2023],
		['just outside −15% of FY2023', budget('FY2023') * down * 0.999, null],
		['exactly the FY2024 budget', budget('FY2024'), 2024]
	])('%s', (_, amount, year) => {
		expect(match(amount)).toBe(year);
	});

	test('a figure whose sentence does not say "budget" is not a budget', () => {
		const a = article(`Exports reached ${trillionYen(budget('FY2024'))}.`, '2023-12-23');
		expect(articleBudgetFigure({ ...a, points, rates })).toBeNull();
	});

	test('the fiscal year starts in April: 31 March is still the year before', () => {
		expect(fiscalYearOf('2024-03-31')).toBe(2023);
		expect(fiscalYearOf('2024-04-01')).toBe(2024);
		expect(fiscalYearOf('2024-01-15')).toBe(2023);
		expect(fiscalYearOf('2024-12-31')).toBe(2024);
		// ¥6 trillion is within 15% of FY2023 only, so it matches on 31 March and not on 1 April.
		expect(match(6e12, '2024-03-31')).toBe(2023);
		expect(match(6e12, '2024-04-01')).toBeNull();
	});
});

describe('an industry figure matches the reference estimate within ±15% in dollars', () => {
	const rows = industryVsContractors(reference, { rates, on: '2023-12-22' });
	const estimate = rows.find((r) => r.kind === 'industry')!.usd;
	const match = (usd: number) => {
		const text = `The defence industry is worth $${(usd / 1e9).toFixed(2)} billion a year.`;
		const a = article(text, '2023-12-23');
		return articleIndustryFigure({ ...a, rows, rates, currency: 'USD', theme })?.figure ?? null;
	};
	const [up, down] = [1 + INDUSTRY_MATCH_TOLERANCE, 1 - INDUSTRY_MATCH_TOLERANCE];

	test.each([
		['just inside +15%', estimate * up * 0.999, true],
		['just outside +15%', estimate * up * 1.001, false],
		['just inside −15%', estimate * down * 1.001, true],
		['just outside −15%', estimate * down * 0.999, false]
	])('%s', (_, usd, matched) => {
		expect(match(usd) !== null).toBe(matched);
	});

	test('the yen side of a pair is the bar, and its dollar partner an alias', () => {
		const a = article('The defence industry is worth 3 trillion yen ($21 billion).', '2023-12-23');
		const found = articleIndustryFigure({ ...a, rows, rates, currency: 'USD', theme });
		expect(found?.figure.currency).toBe('JPY');
		expect(found?.partner?.currency).toBe('USD');
	});
});
