import { describe, expect, it } from 'vitest';
import { parseCorrectedValue } from '$lib/edits/value';

const value = (input: string) => {
	const parsed = parseCorrectedValue(input);
	if (!parsed.ok) throw new Error(`refused ${JSON.stringify(input)}: ${parsed.message}`);
	return parsed.value;
};
const refusal = (input: string) => {
	const parsed = parseCorrectedValue(input);
	if (parsed.ok) throw new Error(`read ${JSON.stringify(input)} as ${parsed.value}`);
	return parsed.message;
};

describe('parseCorrectedValue', () => {
	it.each([
		['56000000000', 56e9],
		['56,000,000,000', 56e9],
		['56 billion', 56e9],
		['56bn', 56e9],
		['56 B', 56e9],
		['1.5 million', 1.5e6],
		['7 k', 7e3],
		['2 tn', 2e12],
		['-3.5', -3.5],
		['−4', -4],
		['2.5%', 2.5],
		['2.5 %', 2.5],
		['1,000', 1000],
		['1 000', 1000],
		['1\u202f000', 1000],
		['1,000,000.25', 1000000.25],
		['  42  ', 42],
		['0', 0]
	])('reads %j as %d', (input, expected) => expect(value(input)).toBe(expected));

	it.each([
		['1,00', 'a group of two digits after a comma'],
		['1,0000', 'a group of four digits after a comma'],
		['12,3456', 'a group of four digits'],
		['1000,000', 'a first group of four digits'],
		['.5', 'no digit before the point'],
		['5.', 'no digit after the point'],
		['1e5', 'an exponent'],
		['56 gazillion', 'an unknown scale word'],
		['5 constructor', 'a word every object inherits'],
		['5 toString', 'another inherited word'],
		['five', 'a number in words'],
		['$56 billion', 'a currency sign'],
		['--3', 'two minus signs'],
		['3-4', 'a range'],
		['5% billion', 'a percent and a scale']
	])('refuses %j (%s) with a sentence naming it', (input) => {
		expect(refusal(input)).toBe(
			`“${input.trim()}” is not a number. Write digits, such as 56000000000, 56,000,000,000 or 56 billion.`
		);
	});

	it.each(['', '   ', '\t\n'])('asks for a number when the field is blank (%j)', (input) => {
		expect(refusal(input)).toBe('Write a number, or clear the correction.');
	});

	it('quotes an input of 40 characters whole and cuts one of 41', () => {
		const forty = `${'9'.repeat(39)}x`;
		expect(forty).toHaveLength(40);
		expect(refusal(forty)).toContain(`“${forty}”`);
		const fortyOne = `${forty}y`;
		expect(refusal(fortyOne)).toContain(`“${forty}…”`);
		expect(refusal(fortyOne)).not.toContain(fortyOne);
	});

	it('refuses a value too large to be finite, but reads the largest finite one', () => {
		expect(value(`1${'0'.repeat(308)}`)).toBe(1e308);
		expect(refusal(`1${'0'.repeat(309)}`)).toContain('is not a number');
		expect(value(`1${'0'.repeat(296)} trillion`)).toBe(1e308);
		expect(refusal(`1${'0'.repeat(297)} trillion`)).toContain('is not a number');
	});
});
