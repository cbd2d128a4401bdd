import { describe, expect, it } from 'vitest';
import { figures, only } from './helpers';

describe('money', () => {
	it.each([
		['reads "$" as US dollars', 'It costs $20 billion a year.', '$20 billion', 2e10, 'USD'],
		['reads "US$" with a glued "m"', 'A deal worth US$5m was signed.', 'US$5m', 5e6, 'USD'],
		[
			'reads "A$" as Australian dollars',
			'Canberra will spend A$3.2bn on boats.',
			'A$3.2bn',
			3.2e9,
			'AUD'
		],
		[
			'reads "C$" as Canadian dollars',
			'Ottawa set aside C$400 million.',
			'C$400 million',
			4e8,
			'CAD'
		],
		[
			'reads "HK$" as Hong Kong dollars',
			'It raised HK$12 billion.',
			'HK$12 billion',
			1.2e10,
			'HKD'
		],
		[
			'reads "€53.25bn" as euros',
			'Germany will spend €53.25bn on defence.',
			'€53.25bn',
			5.325e10,
			'EUR'
		],
		['reads "£" with a glued "m"', 'The MoD paid £10m for it.', '£10m', 1e7, 'GBP'],
		['reads "¥" as yen', 'The plan costs ¥43 trillion.', '¥43 trillion', 4.3e13, 'JPY'],
		['reads "₩" as won', 'Seoul pledged ₩2 trillion.', '₩2 trillion', 2e12, 'KRW'],
		['reads "₹" and crore', 'Delhi cleared ₹5,000 crore.', '₹5,000 crore', 5e10, 'INR'],
		[
			'multiplies stacked Indian scales',
			'India set aside Rs 6.2 lakh crore for defence.',
			'Rs 6.2 lakh crore',
			6.2e12,
			'INR'
		],
		['reads "Rs" as rupees', 'It cost Rs 300 million.', 'Rs 300 million', 3e8, 'INR'],
		['reads a leading ISO code', 'The fund holds USD 3 million.', 'USD 3 million', 3e6, 'USD'],
		['reads "trillion yen"', 'The market is 3 trillion yen.', '3 trillion yen', 3e12, 'JPY'],
		[
			'reads "trillion won"',
			'Seoul set aside 61.6 trillion won.',
			'61.6 trillion won',
			6.16e13,
			'KRW'
		],
		['reads "euros"', 'Paris added 413 billion euros.', '413 billion euros', 4.13e11, 'EUR'],
		[
			'reads "pounds sterling"',
			'London gave 2.3 billion pounds sterling.',
			'2.3 billion pounds sterling',
			2.3e9,
			'GBP'
		],
		['reads "yuan"', 'Beijing budgeted 1.67 trillion yuan.', '1.67 trillion yuan', 1.67e12, 'CNY'],
		['reads "renminbi"', 'It cost 20 million renminbi.', '20 million renminbi', 2e7, 'CNY'],
		['reads "rupees"', 'India spent 6 trillion rupees.', '6 trillion rupees', 6e12, 'INR'],
		['reads "US dollars"', 'Kyiv got 20 billion US dollars.', '20 billion US dollars', 2e10, 'USD'],
		[
			'reads "Australian dollars"',
			'It cost 368 billion Australian dollars.',
			'368 billion Australian dollars',
			3.68e11,
			'AUD'
		],
		['reads "a billion dollars"', 'They lost a billion dollars.', 'a billion dollars', 1e9, 'USD'],
		['reads spelled amounts', 'It cost two billion dollars.', 'two billion dollars', 2e9, 'USD'],
		['reads "half a billion"', 'It cost half a billion euros.', 'half a billion euros', 5e8, 'EUR'],
		['reads "$2014" as money, not a year', 'The fee was $2014 in total.', '$2014', 2014, 'USD']
	])('%s', (_name, text, exact, value, currency) => {
		const f = only(text, exact);
		expect([f.kind, f.value, f.currency]).toEqual(['money', value, currency]);
		expect(f.id).toMatch(/^money-/);
	});

	it('reads "billions of dollars" as an approximate lower bound', () => {
		const f = only('It cost billions of dollars.', 'billions of dollars');
		expect([f.kind, f.value, f.currency, f.approximate]).toEqual(['money', 2e9, 'USD', true]);
	});

	it('reads a range "$3-4 billion" as its lower end with the upper in endValue', () => {
		const f = only('It costs $3-4 billion.', '$3-4 billion');
		expect([f.value, f.endValue]).toEqual([3e9, 4e9]);
	});

	it.each([
		['"won" as a verb', 'The party won 3 seats.'],
		['"pounds" as a weight', 'The bomb weighs 500 pounds of explosive.'],
		['a bare currency sign', 'Prices in $ and € vary.']
	])('does not take %s for money', (_name, text) => {
		expect(figures(text).filter((f) => f.kind === 'money')).toEqual([]);
	});
});

describe('percent', () => {
	it.each([
		['reads "%"', 'Prices rose 7% last year.', '7%', 7, false, null],
		['reads a spaced "%"', 'Prices rose 7 % last year.', '7 %', 7, false, null],
		['reads "percent"', 'It grew 3.5 percent.', '3.5 percent', 3.5, false, null],
		['reads "per cent"', 'It grew 3.5 per cent.', '3.5 per cent', 3.5, false, null],
		[
			'reads "percentage points"',
			'It rose 0.5 percentage points.',
			'0.5 percentage points',
			0.5,
			true,
			null
		],
		['reads spelled numbers', 'The goal is two percent of GDP.', 'two percent', 2, false, 'GDP'],
		[
			'reads "of gross domestic product" as GDP',
			'It is 1.2% of gross domestic product.',
			'1.2%',
			1.2,
			false,
			'GDP'
		],
		[
			'reads the base through a possessive',
			"It is 2% of the country's GDP.",
			'2%',
			2,
			false,
			'GDP'
		],
		['reads another base', 'It takes 30 percent of the budget.', '30 percent', 30, false, 'budget']
	])('%s', (_name, text, exact, value, points, unit) => {
		const f = only(text, exact);
		expect([f.kind, f.value, f.points, f.unit]).toEqual(['percent', value, points, unit]);
	});
});

describe('years', () => {
	it.each([
		['reads a plain year after "in"', 'In 2014 the rules changed.', '2014', 2014, false, null],
		['reads a year before a noun', 'The 2024 budget passed.', '2024', 2024, false, null],
		['reads "fiscal 2025"', 'The fiscal 2025 request grew.', 'fiscal 2025', 2025, true, null],
		[
			'reads "fiscal year 2024"',
			'Spending in fiscal year 2024 rose.',
			'fiscal year 2024',
			2024,
			true,
			null
		],
		['reads "FY2024"', 'The FY2024 plan is out.', 'FY2024', 2024, true, null],
		['reads "FY 2024"', 'The FY 2024 plan is out.', 'FY 2024', 2024, true, null],
		['reads "FY24"', 'The FY24 plan is out.', 'FY24', 2024, true, null],
		[
			'reads "2027-28" as a fiscal year',
			'The 2027-28 budget will be larger.',
			'2027-28',
			2027,
			true,
			2028
		],
		[
			'reads "2022-2024" as a range',
			'Between 2022-2024 it doubled.',
			'2022-2024',
			2022,
			false,
			2024
		],
		['reads "mid-2024"', 'Deliveries start in mid-2024.', '2024', 2024, false, null]
	])('%s', (_name, text, exact, value, fiscal, endValue) => {
		const f = only(text, exact);
		expect([f.kind, f.value, f.fiscal, f.endValue]).toEqual(['year', value, fiscal, endValue]);
	});

	it.each([
		['"2,000 troops" (a count)', 'Britain sent 2,000 troops.'],
		['"2000 troops" without a preposition (a count)', 'Britain sent 2000 troops.'],
		['"$2014" (money)', 'It cost $2014.']
	])('does not read %s as a year', (_name, text) => {
		expect(figures(text).filter((f) => f.kind === 'year')).toEqual([]);
	});
});

describe('dates', () => {
	it.each([
		['reads "Dec 23, 2023"', 'TOKYO, Dec 23, 2023 (AFP) – It began.', 'Dec 23, 2023', '2023-12-23'],
		[
			'reads "Dec. 23, 2023"',
			'It began on Dec. 23, 2023, in Tokyo.',
			'Dec. 23, 2023',
			'2023-12-23'
		],
		[
			'reads "December 23, 2023"',
			'It began on December 23, 2023.',
			'December 23, 2023',
			'2023-12-23'
		],
		['reads "23 December 2023"', 'It began on 23 December 2023.', '23 December 2023', '2023-12-23'],
		['reads "May 2023" as a month', 'It began in May 2023.', 'May 2023', '2023-05'],
		['reads an ISO date', 'It began on 2023-12-23.', '2023-12-23', '2023-12-23'],
		[
			'reads a day without a year against the published date',
			'It began on March 3.',
			'March 3',
			'2023-03-03'
		]
	])('%s', (_name, text, exact, date) => {
		const f = only(text, exact);
		expect([f.kind, f.date, f.value]).toEqual(['date', date, Number(date.slice(0, 4))]);
	});

	it('does not also report the year inside a date', () => {
		expect(figures('It began on Dec 23, 2023.').map((f) => f.kind)).toEqual(['date']);
	});

	it.each([
		['a bare month', 'They met at Camp David in August.'],
		['a relative date', 'They met in San Francisco last month.'],
		['a day without a year when no date is published', 'It began on March 3.'],
		['an impossible date', 'It began on February 30, 2023.']
	])('does not read %s as a date', (_name, text) => {
		expect(figures(text, {}).filter((f) => f.kind === 'date')).toEqual([]);
	});
});

describe('quantities', () => {
	it.each([
		[
			'counts a noun phrase',
			'Kyiv received 14 artillery systems.',
			'14 artillery systems',
			14,
			'artillery systems',
			false
		],
		[
			'drops "more" from the unit',
			'It sent 20,000 more soldiers.',
			'20,000 more soldiers',
			20000,
			'soldiers',
			false
		],
		['reads "a dozen"', 'It sent a dozen tanks.', 'a dozen tanks', 12, 'tanks', false],
		[
			'reads a scale word',
			'It housed 1.5 million people.',
			'1.5 million people',
			1.5e6,
			'people',
			false
		],
		[
			'reads spelled counts',
			'It sent three destroyers.',
			'three destroyers',
			3,
			'destroyers',
			false
		],
		[
			'keeps a model name in the noun',
			'It sent 14 M1 tanks.',
			'14 M1 tanks',
			14,
			'M1 tanks',
			false
		],
		[
			'reads "hundreds of thousands of" with a lower bound',
			'It pledged hundreds of thousands of rounds of ammunition.',
			'hundreds of thousands of rounds',
			2e5,
			'rounds',
			true
		],
		[
			'reads "tens of thousands of"',
			'It drew tens of thousands of people.',
			'tens of thousands of people',
			2e4,
			'people',
			true
		],
		['reads "dozens of"', 'It lost dozens of drones.', 'dozens of drones', 24, 'drones', true]
	])('%s', (_name, text, exact, value, unit, approximate) => {
		const f = only(text, exact);
		expect([f.kind, f.value, f.unit, f.approximate]).toEqual([
			'quantity',
			value,
			unit,
			approximate
		]);
	});

	it.each([
		['"one" as a pronoun', 'One of the officials said so.'],
		['a referring count', 'The two leaders met.'],
		['a bare number', 'The toll rose to 14.'],
		['"times"', 'They met three times.']
	])('does not count %s', (_name, text) => {
		expect(figures(text)).toEqual([]);
	});
});
