/**
 * Bench for figure extraction. Every timing is reported beside a baseline measured in the same run,
 * because the machines are noisy: throughput against sentence segmentation alone (raw
 * `Intl.Segmenter`, and `splitSentences` with its repairs), and, for adversarial inputs, the time at
 * 100 KB against the time at 25 KB (a ratio near 4 means linear). Medians of repeated samples.
 * Runs standalone (`npx tsx tests/bench/extract.ts`) or through `tests/bench/run.ts` via `bench`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { splitArticle } from '../../src/lib/articles/split';
import { extractFigures, splitSentences } from '../../src/lib/figures';
import type { BenchRow, BenchSection } from './types';

const SEED = 'tests/fixtures/extract/afp-2023-12-23-japan-patriot-exports.txt';
const SAMPLES = 9;
const MIN_SAMPLE_MS = 40;

/** Median milliseconds per call, each sample repeating the call until it lasts MIN_SAMPLE_MS. */
export function medianMs(fn: () => unknown): number {
	fn();
	let reps = 1;
	for (let t = 0; t < MIN_SAMPLE_MS && reps < 1 << 20; reps *= 2) {
		const t0 = performance.now();
		for (let r = 0; r < reps; r++) fn();
		t = performance.now() - t0;
		if (t >= MIN_SAMPLE_MS) break;
	}
	const times: number[] = [];
	for (let s = 0; s < SAMPLES; s++) {
		const t0 = performance.now();
		for (let r = 0; r < reps; r++) fn();
		times.push((performance.now() - t0) / reps);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(SAMPLES / 2)] ?? 0;
}

function segmentOnly(text: string): number {
	const it = new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)[Symbol.iterator]();
	let n = 0;
	while (!it.next().done) n++;
	return n;
}

/** Deterministic news-like text of about `size` characters, dense with figures and traps. */
export function newsText(size: number): string {
	const pieces = [
		'The government approved a record defence budget worth $56 billion for fiscal 2025.',
		'Japan’s defence industry is worth around 3 trillion yen ($20 billion) annually, officials said.',
		'Spending will rise to two percent of GDP by 2027, up 0.5 percentage points from 2023 levels.',
		'South Korea pledged hundreds of thousands of rounds of artillery ammunition on Dec. 23, 2023.',
		'Germany will spend €53.25bn on 14 artillery systems and 20,000 more soldiers, Mr. Scholz said.',
		'The PAC-3 and F-35A programmes, Article 5 and the G7 summit at 3 p.m. drew little comment.',
		'Seoul set aside 61.6 trillion won in the 2027-28 plan, the U.S. Defense Department noted.',
		'In 2014 the cabinet loosened the rules; exports reached HK$12 billion in May 2023.'
	];
	const out: string[] = [];
	let length = 0;
	for (let k = 0; length < size; k++) {
		const p = pieces[(k * 5) % pieces.length] ?? '';
		out.push(k % 4 === 3 ? `${p}\n\n` : `${p} `);
		length += p.length + 1;
	}
	return out.join('').slice(0, size);
}

const mbps = (chars: number, ms: number) => chars / 1e6 / (ms / 1e3);

function throughputRows(name: string, text: string): BenchRow[] {
	const extract = medianMs(() => extractFigures(text));
	const raw = medianMs(() => segmentOnly(text));
	const split = medianMs(() => splitSentences(text));
	const value = mbps(text.length, extract);
	const note =
		'ratio = baseline MB/s ÷ extraction MB/s (how many times slower than segmenting alone)';
	return [
		{ name, value, unit: 'MB/s', baselineName: 'raw Intl.Segmenter, one pass', baseline: mbps(text.length, raw), ratio: extract / raw, note },
		{ name, value, unit: 'MB/s', baselineName: 'splitSentences only', baseline: mbps(text.length, split), ratio: extract / split, note }
	]; // prettier-ignore
}

/** Same inputs as the adversarial unit test, at 25 KB and 100 KB. */
const ADVERSARIAL: [string, (n: number) => string][] = [
	['long digit run', (n) => '1'.repeat(n)],
	['"$ $ $ …"', (n) => '$ '.repeat(n / 2)],
	['"per per per …"', (n) => 'per '.repeat(n / 4)],
	['"((((…"', (n) => '('.repeat(n)],
	['"1,1,1,1…"', (n) => '1,'.repeat(n / 2)],
	['"3 trillion yen (" repeated', (n) => '3 trillion yen ('.repeat(n / 16)],
	['"hundreds of " repeated', (n) => 'hundreds of '.repeat(n / 12)],
	['news-like text', newsText]
];

function linearityRows(): BenchRow[] {
	return ADVERSARIAL.map(([name, make]) => {
		const small = make(25_000);
		const large = make(100_000);
		const a = medianMs(() => extractFigures(small));
		const b = medianMs(() => extractFigures(large));
		return {
			name: `extract linearity: ${name}`,
			value: b,
			unit: 'ms at 100 KB',
			baselineName: 'ms at 25 KB',
			baseline: a,
			ratio: b / a,
			note: 'ratio = value ÷ baseline; about 4 means linear, 16 would be quadratic'
		};
	});
}

export const bench: BenchSection = async () => {
	const body = splitArticle(readFileSync(SEED, 'utf8')).body;
	return [
		...throughputRows('extract: default article body', body),
		...throughputRows('extract: 100 KB news-like text', newsText(100_000)),
		...linearityRows()
	];
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const round = (x: number) => Number(x.toPrecision(3));
	for (const r of await bench()) {
		console.log(
			`${r.name.padEnd(44)} ${String(round(r.value)).padStart(8)} ${r.unit.padEnd(13)} ` +
				`vs ${r.baselineName}: ${round(r.baseline)}  ratio ${round(r.ratio)}`
		);
	}
}
