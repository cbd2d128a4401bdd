// When a rule's reference data is missing the verdict is "unverifiable" and says why: never a throw.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateRule, VERDICTS, type ReferenceData, type Rule } from '$lib/claims';
import { dataFor, QUOTES, reference } from './helpers';

const RULES: Record<keyof typeof QUOTES, Rule> = {
	budget: { type: 'record-budget', params: { fiscalYear: 'FY2024', measure: 'incl' } },
	industry: { type: 'implied-rate', params: { source: 'ECB' } },
	contractors: {
		type: 'less-than-revenues',
		params: {
			year: 2023,
			companies: ['Lockheed Martin', 'RTX (Raytheon Technologies)'],
			minCount: 2,
			amountCurrency: 'JPY'
		}
	},
	target: {
		type: 'target-path',
		params: {
			targetFact: 'nss_2pct',
			guidelineFact: 'nato_wales_2014',
			from: ['sipri:JPN:2023', 'fact:sec_ratio_fy2024']
		}
	}
};
const check = (key: keyof typeof QUOTES, override: Partial<ReferenceData>) =>
	evaluateRule(RULES[key], dataFor(QUOTES[key], override));
const budgetOnly = (fy: string) => reference.budget.filter((b) => b.fiscalYear === fy);
const noFigures = { article: { published: '2023-12-23', figures: [] } };

describe('missing reference data makes a verdict unverifiable, with the reason', () => {
	test.each([
		['no budget series', 'budget', { budget: [] }, 'no budget for FY2024'],
		[
			'no budget before the year',
			'budget',
			{ budget: budgetOnly('FY2024') },
			'no budget before FY2024'
		],
		['no exchange rates', 'budget', { rates: null }, 'no exchange rates'],
		['no amount in the sentence', 'budget', noFigures, 'states no amount'],
		['no rates for the implied rate', 'industry', { rates: null }, 'no exchange rates'],
		['no equivalent pair in the sentence', 'industry', noFigures, 'no amount in two currencies'],
		[
			'an article date before the rate series',
			'industry',
			{ article: { ...dataFor(QUOTES.industry).article, published: '2005-01-03' } },
			'before the ECB'
		],
		['no contractor revenues', 'contractors', { contractors: [] }, 'no 2023 revenues'],
		['no rates for the contractors', 'contractors', { rates: null }, 'no exchange rates'],
		['no key facts', 'target', { facts: {} }, 'no target fact "nss_2pct"'],
		[
			'no guideline fact',
			'target',
			{ facts: { nss_2pct: reference.facts.nss_2pct! } },
			'no guideline fact'
		],
		[
			'no ratio by any measure',
			'target',
			{
				shareOfGdp: [],
				facts: {
					nss_2pct: reference.facts.nss_2pct!,
					nato_wales_2014: reference.facts.nato_wales_2014!
				}
			},
			'no SIPRI share of GDP for JPN in 2023'
		]
	] as const)('%s', (_, key, override, reason) => {
		const r = check(key, override as Partial<ReferenceData>);
		expect(r.verdict).toBe('unverifiable');
		expect(r.summary).toMatch(/^Cannot be checked: /);
		expect(r.summary).toContain(reason);
	});

	test('one measure missing still checks the goal, and names what is missing', () => {
		const r = check('target', { shareOfGdp: [] });
		expect(r.verdict).toBe('consistent');
		expect(r.summary).toContain('Not in the reference data: no SIPRI share of GDP for JPN in 2023');
	});

	test('any subset of the reference data gives a verdict, never a throw', () => {
		const keys = Object.keys(RULES) as (keyof typeof QUOTES)[];
		fc.assert(
			fc.property(
				fc.constantFrom(...keys),
				fc.subarray(reference.budget),
				fc.subarray(reference.contractors),
				fc.subarray(reference.shareOfGdp.filter((r) => r.iso3 === 'JPN')),
				fc.subarray(Object.keys(reference.facts)),
				fc.boolean(),
				(key, budget, contractors, shareOfGdp, factIds, noRates) => {
					const facts = Object.fromEntries(factIds.map((id) => [id, reference.facts[id]!]));
					const override = {
						budget,
						contractors,
						shareOfGdp,
						facts,
						...(noRates ? { rates: null } : {})
					};
					expect(VERDICTS).toContain(check(key, override).verdict);
				}
			),
			{ numRuns: 200 }
		);
	});
});
