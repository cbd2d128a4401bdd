/**
 * Bench: conversions per second over the default article's money figures, each to every supported
 * currency at the article date, on the real rate table. The baseline is a plain multiplication loop
 * over the same amounts and (precomputed) rates in the same run, so the ratio shows what validation,
 * the pair-series lookup and the binary search cost on top of the arithmetic itself.
 * Standalone: `npx tsx tests/bench/convert.ts`.
 */
import { pathToFileURL } from 'node:url';
import { CURRENCY_CODES } from '../../src/lib/currency/codes';
import { convert } from '../../src/lib/currency/convert';
import { loadRates } from '../../src/lib/server/rates';
import type { BenchRow, BenchSection } from './types';

const ARTICLE_DATE = '2023-12-23';
// "3 trillion yen ($20 billion)" and "$56 billion", as the extractor yields them.
const FIGURES = [
	{ value: 3e12, currency: 'JPY' },
	{ value: 2e10, currency: 'USD' },
	{ value: 5.6e10, currency: 'USD' }
] as const;
const ROUNDS = 20_000;
const PER_ROUND = FIGURES.length * CURRENCY_CODES.length;

/** Best of `repeats` timed runs of `fn`, in operations per second. */
function opsPerSecond(fn: () => number, ops: number, repeats = 5): { rate: number; sink: number } {
	let best = Infinity;
	let sink = 0;
	for (let r = 0; r < repeats; r++) {
		const t0 = performance.now();
		sink += fn();
		best = Math.min(best, performance.now() - t0);
	}
	return { rate: ops / (best / 1000), sink };
}

export const bench: BenchSection = async () => {
	const table = loadRates();
	const rates = FIGURES.flatMap((f) =>
		CURRENCY_CODES.map((to) => convert(1, f.currency, to, ARTICLE_DATE, table).rate)
	);
	const amounts = FIGURES.flatMap((f) => CURRENCY_CODES.map(() => f.value));
	// Warm the per-pair series cache and the JIT before timing either loop.
	convert(1, 'JPY', 'USD', ARTICLE_DATE, table);

	const converted = opsPerSecond(() => {
		let sum = 0;
		for (let i = 0; i < ROUNDS; i++)
			for (const f of FIGURES)
				for (const to of CURRENCY_CODES)
					sum += convert(f.value, f.currency, to, ARTICLE_DATE, table).value;
		return sum;
	}, ROUNDS * PER_ROUND);
	const multiplied = opsPerSecond(() => {
		let sum = 0;
		for (let i = 0; i < ROUNDS; i++)
			for (let k = 0; k < PER_ROUND; k++) sum += (amounts[k] ?? 0) * (rates[k] ?? 0);
		return sum;
	}, ROUNDS * PER_ROUND);

	const row: BenchRow = {
		name: `convert: default article, ${FIGURES.length} money figures × ${CURRENCY_CODES.length} currencies`,
		value: converted.rate,
		unit: 'conversions/s',
		baselineName: 'plain amount × rate',
		baseline: multiplied.rate,
		ratio: converted.rate / multiplied.rate,
		note: `throughput ratio (convert/s ÷ multiplications/s); checksum ${converted.sink === multiplied.sink ? 'matches' : 'differs'}`
	};
	return [row];
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	for (const row of await bench()) console.log(row);
}
