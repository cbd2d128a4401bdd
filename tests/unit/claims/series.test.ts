// Chart data for the claims charts, and the rounding arithmetic the verdicts rest on.
import { describe, expect, test } from 'vitest';
import { roundingInterval, roundTo, within } from '$lib/claims';
import {
	budgetCitation,
	budgetSeries,
	industryVsContractors,
	shareOfGdpPath
} from '$lib/reference';
import { rates, reference } from './helpers';

const at = { rates, on: '2023-12-23' };

describe('budgetSeries', () => {
	const series = budgetSeries(reference, at);

	test('runs FY2012–FY2026 in ¥ trillion, with dollars at one article-date rate', () => {
		expect(series.map((p) => p.fiscalYear)).toEqual(
			Array.from({ length: 15 }, (_, i) => `FY${2012 + i}`)
		);
		const fy2024 = series.find((p) => p.fiscalYear === 'FY2024');
		expect(fy2024?.jpyTrillion).toBe(7.9496);
		expect((fy2024?.usd ?? 0) / 1e9).toBeCloseTo(55.935, 3);
	});

	test('keeps each year’s status: FY2026 is a news-only cabinet draft', () => {
		expect(series.at(-1)).toMatchObject({
			fiscalYear: 'FY2026',
			verification: 'secondary source only'
		});
		expect(series.at(-1)?.status).toContain('cabinet draft');
	});

	test('its footer cites MOD and MOF, and flags FY2026 as a news-only draft', () => {
		expect(budgetCitation(series)).toBe(
			'Sources: Japan Ministry of Defense (MOD), Defense of Japan white papers; Ministry of Finance (MOF), Finance magazine. FY2026: cabinet draft 2025-12-26 (enactment not verified), secondary source only.'
		);
	});

	test('without a rate, dollars are null rather than guessed', () => {
		expect(budgetSeries(reference).every((p) => p.usd === null)).toBe(true);
	});
});

describe('shareOfGdpPath', () => {
	const path = shareOfGdpPath(reference);

	test('SIPRI Japan 2012–2024, the government ratios FY2023–FY2025, and 2% in FY2027', () => {
		expect(path.sipri.map((p) => p.year)).toEqual(Array.from({ length: 13 }, (_, i) => 2012 + i));
		expect(path.sipri.find((p) => p.year === 2023)?.pct).toBe(1.1395);
		expect(path.government.map((p) => [p.period, p.pct])).toEqual([
			['FY2023', 1.4],
			['FY2024', 1.6],
			['FY2025', 1.8]
		]);
		expect(path.target).toMatchObject({
			year: 2027,
			period: 'FY2027',
			pct: 2,
			verification: 'verified'
		});
	});

	test('the government ratios keep "news quoting MOD"; SIPRI keeps "secondary copy"', () => {
		expect(path.government.every((p) => p.verification === 'verified (news quoting MOD)')).toBe(
			true
		);
		expect(path.sipri.every((p) => p.verification === 'verified (secondary copy)')).toBe(true);
	});

	test('no target fact gives no target point', () => {
		expect(shareOfGdpPath({ ...reference, facts: {} })).toMatchObject({
			government: [],
			target: null
		});
	});
});

describe('industryVsContractors', () => {
	test('the ¥3 trillion industry (≈ $21.1bn, secondary) against 2023 revenues, largest first', () => {
		const rows = industryVsContractors(reference, at, {
			companies: [
				'Lockheed Martin',
				'RTX (Raytheon Technologies)',
				'Boeing Defense, Space & Security (BDS)'
			]
		});
		expect(rows.map((r) => [r.label.split(' ')[0], Math.round(r.usd / 1e8) / 10])).toEqual([
			['RTX', 68.9],
			['Lockheed', 67.6],
			['Boeing', 24.9],
			["Japan's", 21.1]
		]);
		expect(rows.at(-1)).toMatchObject({
			kind: 'industry',
			verification: expect.stringContaining('secondary')
		});
	});

	test('by default lists every contractor in the year, including Boeing’s total', () => {
		expect(
			industryVsContractors(reference, at, { year: 2022 }).filter((r) => r.kind === 'contractor')
		).toHaveLength(6);
	});
});

describe('rounding', () => {
	test.each([
		[56e9, 2, 55.5e9, 56.5e9],
		[20e9, 1, 15e9, 25e9],
		[3e12, 1, 2.5e12, 3.5e12],
		[1.6, 2, 1.55, 1.65]
	])('%d at %d digits spans %d–%d', (value, digits, low, high) => {
		const i = roundingInterval(value, digits);
		expect(i.low).toBeCloseTo(low, 6);
		expect(i.high).toBeCloseTo(high, 6);
	});

	test('$55.94 billion rounds to $56 billion and lies within its interval', () => {
		expect(roundTo(55.935e9, 2)).toBeCloseTo(56e9, 0);
		expect(within(55.935e9, roundingInterval(56e9, 2))).toBe(true);
		expect(within(55.4e9, roundingInterval(56e9, 2))).toBe(false);
	});
});
