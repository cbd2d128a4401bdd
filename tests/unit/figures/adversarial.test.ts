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
	['"U.S. " repeated', (n) => 'U.S. '.repeat(n / 5)],
	// The matchers issue 12 added: signs, ranges, fractions, rates, carried nouns, Indian grouping.
	['"minus " repeated', (n) => 'minus '.repeat(n / 6)],
	['"-" then "−" repeated', (n) => ' -−'.repeat(n / 3)],
	['"between $1 and " repeated', (n) => 'between $1 and '.repeat(n / 15)],
	['"from 1 to " repeated', (n) => 'from 1 to '.repeat(n / 10)],
	['"a quarter of a " repeated', (n) => 'a quarter of a '.repeat(n / 15)],
	['"$1 = " repeated', (n) => '($1 = '.repeat(n / 6)],
	['"1 yen to the " repeated', (n) => '1 yen to the '.repeat(n / 13)],
	['"2 missiles, and up to " repeated', (n) => '2 missiles, and up to '.repeat(n / 22)],
	['"1,00," repeated', (n) => '1,00,'.repeat(n / 5)],
	['zero-width characters between digits', (n) => '1\u200B'.repeat(n / 2)],
	['one "a.a.a…" chunk with no space', (n) => 'a.'.repeat(n / 2) + '/x'],
	['one long URL', (n) => 'https://x.com/' + '1/'.repeat(n / 2)],
	['"12/12/2024 " repeated', (n) => '12/12/2024 '.repeat(n / 11)],
	['"£1bn-£" repeated', (n) => '£1bn-'.repeat(n / 5)],
	['"100-billion-" repeated', (n) => '100-billion-'.repeat(n / 12)]
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
