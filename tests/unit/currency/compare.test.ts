import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSources, disagreementsCsv } from '$lib/currency/compare';
import type { RateTable } from '$lib/currency/table';
import { COMPARE_FILE } from '../../../src/cli/rates-update';
import { table } from './helpers';

// Three days: equal, 0.5% apart, 2% apart (ECB 150 JPY per USD against the Fed's 147.06).
const tiny: RateTable = {
	dates: ['2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05'],
	ecb: { USD: [1, 1, 1, null], JPY: [140, 150.75, 150, 150] },
	fed: [140, 150, 147.0588, 150]
};

describe('compareSources', () => {
	it('lists the days over the threshold with the gap signed as ECB ÷ Fed − 1', () => {
		const jpy = compareSources(tiny).find((c) => c.currency === 'JPY')!;
		expect(jpy).toMatchObject({ base: 'USD', quote: 'JPY', days: 3 });
		expect(jpy.over).toHaveLength(1);
		expect(jpy.over[0]).toMatchObject({ date: '2024-01-04', ecb: 150, fed: 147.0588 });
		expect(jpy.over[0]!.diffPct).toBeCloseTo(2, 3);
		expect(jpy.medianPct).toBeCloseTo(0.5, 9);
		expect(jpy.max?.date).toBe('2024-01-04');
	});

	it('takes the threshold as given', () => {
		const jpy = compareSources(tiny, 0.4).find((c) => c.currency === 'JPY')!;
		expect(jpy.over.map((d) => d.date)).toEqual(['2024-01-03', '2024-01-04']);
	});

	it('compares the five currencies both sources cover, quoted as markets quote them', () => {
		expect(compareSources(table).map((c) => `${c.base}/${c.quote}`)).toEqual([
			'EUR/USD',
			'GBP/USD',
			'USD/JPY',
			'USD/KRW',
			'USD/CNY'
		]);
	});

	it('finds the biggest USD/JPY gap on 21 Oct 2022, 3.65%', () => {
		const jpy = compareSources(table).find((c) => c.currency === 'JPY')!;
		expect(jpy.max?.date).toBe('2022-10-21');
		expect(jpy.max!.diffPct).toBeCloseTo(3.65, 2);
	});

	it('is what the committed fx_ecb_vs_fed_h10.csv says (re-run rates:update --compare if not)', () => {
		expect(disagreementsCsv(compareSources(table))).toBe(readFileSync(COMPARE_FILE, 'utf8'));
	});
});
