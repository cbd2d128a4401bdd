import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/lib/figures';

/** Inputs built to make a backtracking matcher blow up; each is ~100 KB. */
export const ADVERSARIAL: [string, (n: number) => string][] = [
	['a long digit run', (n) => '1'.repeat(n)],
	['"$ $ $ …"', (n) => '$ '.repeat(n / 2)],
	['"per per per …"', (n) => 'per '.repeat(n / 4)],
	['thousands of "("', (n) => '('.repeat(n)],
	['"1,1,1,1…"', (n) => '1,'.repeat(n / 2)],
	['"3 trillion yen (" repeated', (n) => '3 trillion yen ('.repeat(n / 16)],
	['"hundreds of " repeated', (n) => 'hundreds of '.repeat(n / 12)],
	['"U.S. " repeated', (n) => 'U.S. '.repeat(n / 5)]
];

const SIZE = 100_000;
const BOUND_MS = 3000;

describe('adversarial inputs finish in bounded time', () => {
	it.each(ADVERSARIAL)('%s (100 KB)', (_name, make) => {
		const text = make(SIZE);
		const t0 = performance.now();
		const out = extractFigures(text);
		const ms = performance.now() - t0;
		expect(ms).toBeLessThan(BOUND_MS);
		for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.exact);
	});
});
