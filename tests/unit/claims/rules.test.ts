// Each rule on the real reference data and the real article, with the numbers issue 6 asks for,
// then one row per awkward variation (other years, other wordings, other precision).
import { describe, expect, test } from 'vitest';
import {
	impliedRateCheck,
	lessThanRevenues,
	recordBudget,
	targetPath,
	type ClaimFigure
} from '$lib/claims';
import { convert } from '$lib/currency/convert';
import { loadRates } from '$lib/server/rates';
import { dataFor, QUOTES, reference, row } from './helpers';

const ECB_2023_12_22 = 156.66 / 1.1023; // 142.121 JPY per USD: the fixing before the article date
const CONTRACTORS = [
	'Lockheed Martin',
	'RTX (Raytheon Technologies)',
	'General Dynamics',
	'Northrop Grumman',
	'Boeing Defense, Space & Security (BDS)'
];

/** A money, percent or year figure as the extractor would give it, for wording variations. */
function fig(
	exact: string,
	kind: ClaimFigure['kind'],
	value: number,
	currency: string | null = null,
	extra: Partial<ClaimFigure> = {}
): ClaimFigure {
	return {
		id: exact,
		exact,
		kind,
		value,
		currency,
		start: 0,
		end: exact.length,
		equivalentOf: null,
		...extra
	};
}
const withFigures = (quote: string, figures: ClaimFigure[]) =>
	dataFor(quote, { article: { published: '2023-12-23', figures } });

describe('record-budget', () => {
	test('FY2024, ¥7.9496 trillion, is $55.94 billion at 142.121 JPY/USD: rounds to $56 billion', () => {
		const r = recordBudget({ fiscalYear: 'FY2024', measure: 'incl' }, dataFor(QUOTES.budget));
		expect(r.verdict).toBe('consistent');
		expect(row(r.evidence, 'FY2024 budget').value).toBe('¥7.9496 trillion');
		expect(row(r.evidence, 'Converted').value).toBe('$55.94 billion');
		expect(row(r.evidence, 'Converted').source).toBe('ECB rate of 22 Dec 2023, 142.12 JPY per USD');
		expect(row(r.evidence, 'Stated').value).toBe('$56 billion');
		expect(7.9496e12 / ECB_2023_12_22 / 1e9).toBeCloseTo(55.935, 3);
		expect(convert(7.9496e12, 'JPY', 'USD', '2023-12-23', loadRates()).value / 1e9).toBeCloseTo(
			55.935,
			3
		);
		expect(r.summary).toContain(
			'largest of FY2012–FY2024 (previous high FY2023, ¥6.8219 trillion)'
		);
	});

	test('FY2024 is the maximum of the series FY2012..FY2024', () => {
		const upTo = reference.budget.filter((b) => b.year <= 2024);
		expect(upTo[0]?.fiscalYear).toBe('FY2012');
		expect(Math.max(...upTo.map((b) => b.inclJpy))).toBe(7.9496e12);
	});

	test.each([
		['FY2023 ($48.0 billion) does not round to $56 billion', 'FY2023', 'incl', 'does not round'],
		['FY2025 ($61.2 billion) does not round to $56 billion', 'FY2025', 'incl', 'does not round'],
		[
			'FY2024 excluding SACO/realignment ($54.35 billion) does not',
			'FY2024',
			'excl',
			'$54.35 billion'
		]
	] as const)('%s', (_, fiscalYear, measure, phrase) => {
		const r = recordBudget({ fiscalYear, measure }, dataFor(QUOTES.budget));
		expect(r.verdict).toBe('inconsistent');
		expect(r.summary).toContain(phrase);
	});

	test.each([
		['$55.9 billion (3 digits: 55.85–55.95) holds', '$55.9 billion', 55.9e9, 'consistent'],
		['$55.8 billion (3 digits: 55.75–55.85) fails', '$55.8 billion', 55.8e9, 'inconsistent'],
		['$60 billion (1 digit: 55–65) holds', '$60 billion', 60e9, 'consistent'],
		['¥7.9 trillion in yen needs no conversion', '7.9 trillion yen', 7.9e12, 'consistent']
	] as const)('the stated precision decides: %s', (_, exact, value, verdict) => {
		const currency = exact.includes('yen') ? 'JPY' : 'USD';
		const data = withFigures(QUOTES.budget, [fig(exact, 'money', value, currency)]);
		expect(recordBudget({ fiscalYear: 'FY2024', measure: 'incl' }, data).verdict).toBe(verdict);
	});

	test('a year below an earlier one is not a record, whatever it converts to', () => {
		const budget = reference.budget.map((b) =>
			b.fiscalYear === 'FY2023' ? { ...b, inclJpy: 9e12 } : b
		);
		const r = recordBudget(
			{ fiscalYear: 'FY2024', measure: 'incl' },
			dataFor(QUOTES.budget, { budget })
		);
		expect(r.verdict).toBe('inconsistent');
		expect(r.summary).toContain('not a record: FY2023 was ¥9 trillion');
	});
});

describe('implied-rate', () => {
	test('¥3 trillion ($20 billion) implies 150 against 142.12, +5.5%: the article’s own rounding', () => {
		const r = impliedRateCheck({ source: 'ECB' }, dataFor(QUOTES.industry));
		expect(r.verdict).toBe('consistent');
		expect(row(r.evidence, 'Rate the article implies').value).toBe('150 JPY per USD');
		expect(row(r.evidence, 'Market rate').value).toBe('142.12 JPY per USD');
		expect(row(r.evidence, 'Difference').value).toBe('+5.5%');
		expect((150 / ECB_2023_12_22 - 1) * 100).toBeCloseTo(5.54, 2);
		// "around 3 trillion" at one significant figure is 2.5–3.5 trillion against $20 billion.
		expect(row(r.evidence, 'Rates the stated rounding allows').value).toBe('125–175 JPY per USD');
		expect(row(r.evidence, '3 trillion yen at the market rate').value).toBe('$21.1 billion');
		expect(r.summary).toContain('own rounding');
	});

	test('at the Fed H.10 rate (142.60) the gap is +5.2% and still rounding', () => {
		const r = impliedRateCheck({ source: 'FED_H10' }, dataFor(QUOTES.industry));
		expect(r.verdict).toBe('consistent');
		expect(row(r.evidence, 'Market rate').value).toBe('142.6 JPY per USD');
		expect(row(r.evidence, 'Difference').value).toBe('+5.2%');
	});

	test.each([
		[
			'¥3 trillion ($30 billion): $21.1bn does not round to $30bn',
			3e12,
			'$30 billion',
			30e9,
			'inconsistent'
		],
		[
			'¥3.0 trillion ($21 billion): $21.1bn rounds to $21bn',
			3e12,
			'$21 billion',
			21e9,
			'consistent'
		],
		[
			'¥3 trillion ($22 billion): $21.1bn does not round to $22bn',
			3e12,
			'$22 billion',
			22e9,
			'inconsistent'
		]
	] as const)('%s', (_, yen, usdText, usd, verdict) => {
		const a = fig('3 trillion yen', 'money', yen, 'JPY', { id: 'a', equivalentOf: 'b' });
		const b = fig(usdText, 'money', usd, 'USD', { id: 'b', equivalentOf: 'a', start: 20, end: 30 });
		expect(impliedRateCheck({ source: 'ECB' }, withFigures(QUOTES.industry, [a, b])).verdict).toBe(
			verdict
		);
	});
});

describe('less-than-revenues', () => {
	const params = {
		year: 2023,
		companies: CONTRACTORS,
		minCount: 2,
		amountCurrency: 'JPY' as const,
		amountFact: 'industry_3tn'
	};

	test('2023: Lockheed Martin $67.6bn and RTX $68.9bn are above ¥3 trillion ≈ $21.1bn', () => {
		const r = lessThanRevenues(params, dataFor(QUOTES.contractors));
		expect(r.verdict).toBe('consistent');
		expect(row(r.evidence, '3 trillion yen at the article-date rate').value).toBe('$21.1 billion');
		expect(row(r.evidence, 'Lockheed Martin').value).toBe('$67.6 billion');
		expect(row(r.evidence, 'RTX').value).toBe('$68.9 billion');
		expect(r.summary).toContain('5 of the 5 contractors');
	});

	test('lists the five contractors, each with its precision note and status', () => {
		const r = lessThanRevenues(params, dataFor(QUOTES.contractors));
		const listed = r.evidence.filter((e) => CONTRACTORS.some((c) => e.label.startsWith(c)));
		expect(listed.map((e) => e.label.split(',')[0])).toEqual(
			CONTRACTORS.map((c) => c.split(',')[0])
		);
		expect(row(r.evidence, 'Lockheed Martin').note).toContain('USD million exact (67,571)');
		expect(row(r.evidence, 'RTX').note).toContain('USD 0.01bn');
		expect(row(r.evidence, 'General Dynamics').note).toContain('USD 0.1bn');
		expect(row(r.evidence, 'Northrop Grumman').verification).toBe('verified (rounded)');
		expect(row(r.evidence, 'Boeing Defense').note).toContain('defense/space segment only');
	});

	test('compares against the top of the rounding: ¥3.5 trillion ≈ $24.6bn, which Boeing BDS ($24.9bn) clears', () => {
		const r = lessThanRevenues(params, dataFor(QUOTES.contractors));
		expect(row(r.evidence, 'Most it could mean').value).toBe('$24.6 billion');
		expect(3.5e12 / ECB_2023_12_22 / 1e9).toBeCloseTo(24.627, 2);
	});

	type Change = Partial<Parameters<typeof lessThanRevenues>[0]>;
	test.each<[string, Change, string]>([
		['2022 holds too', { year: 2022 }, 'consistent'],
		['six needed of five listed fails', { minCount: 6 }, 'inconsistent'],
		['only Boeing BDS listed, two needed, fails', { companies: [CONTRACTORS[4]!] }, 'inconsistent'],
		[
			'a company the data lacks leaves too few: unverifiable',
			{ companies: ['Lockheed Martin', 'BAE Systems'] },
			'unverifiable'
		]
	])('%s', (_, change, verdict) => {
		expect(lessThanRevenues({ ...params, ...change }, dataFor(QUOTES.contractors)).verdict).toBe(
			verdict
		);
	});

	test('¥10 trillion ($70.4bn) is more than every contractor earned', () => {
		const data = withFigures(QUOTES.contractors, [fig('10 trillion yen', 'money', 10e12, 'JPY')]);
		const r = lessThanRevenues(params, data);
		expect(r.verdict).toBe('inconsistent');
		expect(r.summary).toContain('0 of the 5');
	});
});

describe('target-path', () => {
	const params = {
		targetFact: 'nss_2pct',
		guidelineFact: 'nato_wales_2014',
		from: ['sipri:JPN:2023', 'fact:sec_ratio_fy2024'],
		doublingFrom: 'sipri:JPN:2022'
	};

	test('2% by 2027 matches the NSS target; growth needed from 1.14% (2023) and 1.6% (FY2024)', () => {
		const r = targetPath(params, dataFor(QUOTES.target));
		expect(r.verdict).toBe('consistent');
		const fromGov = (2 / 1.6) ** (1 / 3) - 1;
		const fromSipri = (2 / 1.1395) ** (1 / 4) - 1;
		expect(fromGov).toBeCloseTo(0.0772, 4);
		expect(fromSipri).toBeCloseTo(0.151, 3);
		expect(row(r.evidence, 'Yearly growth needed from FY2024').value).toBe('7.7% a year');
		expect(row(r.evidence, 'Yearly growth needed from 2023').value).toBe('15.1% a year');
		expect(row(r.evidence, 'Japan, 2023 (SIPRI)').value).toBe('1.14%');
		expect(row(r.evidence, 'FY2024 (government measure)').value).toBe('1.6%');
	});

	test('says which measure the government uses, and what "doubling" starts from', () => {
		const r = targetPath(params, dataFor(QUOTES.target));
		expect(r.summary).toContain("government's own measure: percent of GDP (FY2022 GDP basis)");
		expect(r.summary).toContain("NATO's 2% guideline");
		expect(row(r.evidence, 'Target ÷ Japan, 2022 (SIPRI)').value).toBe('1.98×');
	});

	test.each([
		['three percent by 2027', 3, 2027],
		['two percent by 2030', 2, 2030]
	] as const)('a stated goal of %s is inconsistent with the target', (_, pct, year) => {
		const data = withFigures(QUOTES.target, [
			fig(`${pct} percent`, 'percent', pct),
			fig(String(year), 'year', year)
		]);
		const r = targetPath(params, data);
		expect(r.verdict).toBe('inconsistent');
		expect(r.summary).toContain('differs from the official target');
	});
});
