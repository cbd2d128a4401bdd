// Loading and validating the reference series: a bad cell fails with file:line: column, and every
// value keeps the verification status its file gives it.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DataFileError } from '$lib/server/csv';
import { REFERENCE_DIR } from '$lib/server/reference';
import {
	BUDGET_FILE,
	CONTRACTORS_FILE,
	FACTS_FILE,
	GDP_FILE,
	loadReferenceSeries,
	SIPRI_FILE
} from '$lib/server/reference';
import { reference } from './helpers';

/** A temp copy of data/reference/ with `from` replaced by `to` in one file; returns dir and line. */
function corrupt(file: string, from: string, to: string): { dir: string; line: number } {
	const dir = mkdtempSync(join(tmpdir(), 'claims-ref-'));
	for (const name of readdirSync(REFERENCE_DIR))
		copyFileSync(join(REFERENCE_DIR, name), join(dir, name));
	const text = readFileSync(join(dir, file), 'utf8');
	const at = text.indexOf(from);
	if (at < 0) throw new Error(`test text not in ${file}: ${from}`);
	writeFileSync(join(dir, file), text.slice(0, at) + to + text.slice(at + from.length));
	return { dir, line: text.slice(0, at).split('\n').length };
}

describe('a bad row fails the build with file:line: column: reason', () => {
	const incl = 'defense_budget_incl_saco_realignment_jpy_100m_oku';
	test.each([
		[
			'a budget that is not a number',
			BUDGET_FILE,
			',79496,7.9496,',
			',abc,7.9496,',
			incl,
			'"abc" is not a number ≥ 0'
		],
		[
			'a trillion column that disagrees with 億円',
			BUDGET_FILE,
			',79496,7.9496,',
			',79496,7.9946,',
			'defense_budget_incl_saco_realignment_jpy_trillion',
			'does not equal'
		],
		[
			'a fiscal year written 2024',
			BUDGET_FILE,
			'FY2024,2024-04-01',
			'2024,2024-04-01',
			'fiscal_year',
			'must match'
		],
		[
			'a year out of order',
			BUDGET_FILE,
			'FY2025,2025-04-01',
			'FY2023,2025-04-01',
			'fiscal_year',
			'must ascend'
		],
		[
			'an empty verification',
			BUDGET_FILE,
			'Year 1 of FY2023-27 Defense Buildup Program,verified',
			'Year 1 of FY2023-27 Defense Buildup Program,',
			'verification',
			'must not be empty'
		],
		[
			'a vintage that mixes benchmarks',
			GDP_FILE,
			'FY,FY2023,593903.4,billion yen,2015 (2008SNA)',
			'FY,FY2023,593903.4,billion yen,2020 (benchmark revision)',
			'sna_benchmark',
			'mixes benchmarks'
		],
		[
			'a duplicate GDP period in one vintage',
			GDP_FILE,
			'FY,FY2013,512700.0',
			'FY,FY2012,512700.0',
			'period',
			'duplicate row'
		],
		[
			'a SIPRI share over 100%',
			SIPRI_FILE,
			'Japan,JPN,2023,1.1395',
			'Japan,JPN,2023,113.95',
			'military_expenditure_pct_of_gdp_sipri',
			'is not a share'
		],
		[
			'a negative revenue',
			CONTRACTORS_FILE,
			',2023,67.571,',
			',2023,-67.571,',
			'revenue_usd_billion',
			'is not a number ≥ 0'
		],
		[
			'a fact with no number',
			FACTS_FILE,
			',2,percent of GDP (FY2022 GDP basis)',
			',two,percent of GDP (FY2022 GDP basis)',
			'value',
			'has no leading number'
		],
		[
			'a missing column',
			CONTRACTORS_FILE,
			',precision,',
			',precise,',
			'precision',
			'column is missing'
		]
	])('%s', (_, file, from, to, column, reason) => {
		const { dir, line } = corrupt(file, from, to);
		const expectedLine = reason === 'column is missing' ? 1 : line;
		let error: unknown;
		try {
			loadReferenceSeries(dir);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(DataFileError);
		expect((error as Error).message).toMatch(
			new RegExp(
				`^${join(dir, file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${expectedLine}: ${column}: .*${reason}`
			)
		);
	});
});

describe('every value keeps its source and verification status', () => {
	test('FY2026 is a cabinet draft known from news only, and stays so', () => {
		const fy2026 = reference.budget.find((b) => b.fiscalYear === 'FY2026');
		expect(fy2026?.verification).toBe('secondary source only');
		expect(fy2026?.status).toContain('cabinet draft');
		expect(fy2026?.source).toContain('news');
	});

	test('derived years say so; the FY2024 headline is verified from MOD and MOF', () => {
		const fy = (y: string) => reference.budget.find((b) => b.fiscalYear === y);
		expect(fy('FY2012')?.verification).toBe('verified (derived from primary yoy deltas)');
		expect(fy('FY2024')).toMatchObject({
			inclJpy: 7.9496e12,
			exclJpy: 7.7249e12,
			verification: 'verified'
		});
		expect(fy('FY2024')?.source).toMatch(/MOD.*MOF/);
	});

	test('the ¥3 trillion industry estimate stays secondary; contractors keep their precision', () => {
		expect(reference.facts.industry_3tn?.verification).toContain('secondary');
		expect(reference.facts.industry_3tn?.text).toBe('about 3 (約3兆円)');
		const rtx = reference.contractors.find((c) => c.company.startsWith('RTX') && c.year === 2022);
		expect(rtx).toMatchObject({
			usd: 67.07e9,
			precision: 'USD 0.01bn ($67.07bn)',
			verification: 'verified (secondary, rounded)'
		});
	});

	test('"same as above" sources are resolved from the row above', () => {
		const lmt = reference.contractors.find(
			(c) => c.company === 'Lockheed Martin' && c.year === 2023
		);
		expect(lmt?.source).toMatch(/^Lockheed Martin 2023 Annual Report.*Defense Daily/);
	});

	test('the government ratios are news quoting MOD, and the key facts needed are all there', () => {
		expect(reference.facts.sec_ratio_fy2024).toMatchObject({
			value: 1.6,
			period: 'FY2024',
			verification: 'verified (news quoting MOD)'
		});
		expect(reference.facts.dbp_43tn?.value).toBe(43);
		expect(reference.facts.nato_wales_2014?.value).toBe(2);
		expect(reference.facts.nss_2pct).toMatchObject({ value: 2, period: 'FY2027' });
	});

	test('GDP keeps vintage and benchmark; one vintage is one benchmark', () => {
		const vintages = new Set(reference.gdp.map((g) => g.vintage));
		for (const v of vintages) {
			expect(
				new Set(reference.gdp.filter((g) => g.vintage === v).map((g) => g.benchmark)).size
			).toBe(1);
		}
		expect(
			reference.gdp.find((g) => g.period === 'FY2024' && g.benchmark.startsWith('2020'))?.jpy
		).toBeCloseTo(642781.2e9, -3);
	});

	test('no value anywhere lacks a source or a verification, and all of it is plain JSON', () => {
		const all = [
			...reference.budget,
			...reference.gdp,
			...reference.shareOfGdp,
			...reference.contractors,
			...Object.values(reference.facts)
		];
		for (const v of all) {
			expect(v.source.trim()).not.toBe('');
			expect(v.verification.trim()).not.toBe('');
		}
		expect(JSON.parse(JSON.stringify(reference))).toEqual(reference);
	});
});
