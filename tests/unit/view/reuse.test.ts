import { describe, expect, it } from 'vitest';
import { reusing } from '$lib/view/reuse';

/** A builder that counts its calls and returns a fresh object each time. */
function counted() {
	let calls = 0;
	const build = reusing((input: unknown) => ({ built: ++calls, input }));
	return { build, calls: () => calls };
}

const figure = (value: number, currency = 'USD') => ({
	id: 'money-56-billion',
	value,
	unit: currency,
	sentence: { index: 3, text: 'a record defence budget worth $56 billion' }
});

describe('reusing', () => {
	it('returns the earlier result for an equal input made of new objects', () => {
		const { build, calls } = counted();
		const first = build({ figures: [figure(56e9)], currency: 'USD' });
		const again = build({ figures: [figure(56e9)], currency: 'USD' });
		expect(again).toBe(first);
		expect(calls()).toBe(1);
	});

	it.each([
		['a nested number', { figures: [figure(56e9 + 1)], currency: 'USD' }],
		['a string', { figures: [figure(56e9)], currency: 'JPY' }],
		['a nested string', { figures: [figure(56e9, 'JPY')], currency: 'USD' }],
		['one more row', { figures: [figure(56e9), figure(20e9)], currency: 'USD' }],
		['a missing field', { figures: [figure(56e9)] }],
		['null for a number', { figures: [{ ...figure(56e9), value: null }], currency: 'USD' }]
	])('builds again when %s differs', (_, changed) => {
		const { build, calls } = counted();
		const first = build({ figures: [figure(56e9)], currency: 'USD' });
		const next = build(changed);
		expect(next).not.toBe(first);
		expect(next.input).toBe(changed);
		expect(calls()).toBe(2);
	});

	it('compares NaN, Maps and Sets by value, and a function only with itself', () => {
		const { build, calls } = counted();
		const f = () => 1;
		build({ n: NaN, m: new Map([['a', 1]]), s: new Set([1]), f });
		build({ n: NaN, m: new Map([['a', 1]]), s: new Set([1]), f });
		expect(calls()).toBe(1);
		build({ n: NaN, m: new Map([['a', 2]]), s: new Set([1]), f });
		expect(calls()).toBe(2);
		build({ n: NaN, m: new Map([['a', 1]]), s: new Set([2]), f });
		expect(calls()).toBe(3);
		build({ n: NaN, m: new Map([['a', 1]]), s: new Set([1]), f: () => 1 });
		expect(calls()).toBe(4);
	});

	it('keeps two inputs, the drawn and the full build, and forgets the least recent', () => {
		const { build, calls } = counted();
		const a = () => ({ k: 'a' });
		const b = () => ({ k: 'b' });
		const c = () => ({ k: 'c' });
		const first = build(a());
		build(b());
		expect(build(a())).toBe(first); // a is now the most recent
		expect(calls()).toBe(2);
		build(c()); // forgets b
		expect(build(a())).toBe(first);
		expect(calls()).toBe(3);
		build(b());
		expect(calls()).toBe(4);
	});
});
