import { describe, expect, it } from 'vitest';
import { figures, only } from './helpers';

describe('qualifiers', () => {
	it.each([
		['around', 'It is worth around $5 billion.', '$5 billion'],
		['about', 'It is worth about $5 billion.', '$5 billion'],
		['roughly', 'It is worth roughly 3 trillion yen.', '3 trillion yen'],
		['nearly', 'It rose nearly 40 percent.', '40 percent'],
		['almost', 'It rose almost 40 percent.', '40 percent'],
		['some', 'It sent some 300 troops.', '300 troops'],
		['approximately', 'It sent approximately 300 troops.', '300 troops'],
		['more than', 'It costs more than $5 billion.', '$5 billion'],
		['over', 'It costs over $5 billion.', '$5 billion'],
		['less than', 'It costs less than $5 billion.', '$5 billion'],
		['up to', 'It will buy up to 12 drones.', '12 drones'],
		['at least', 'It lost at least 5 tanks.', '5 tanks'],
		['an estimated', 'It displaced an estimated 10,000 people.', '10,000 people']
	])('marks "%s" as approximate and keeps it out of exact', (qualifier, text, exact) => {
		const f = only(text, exact);
		expect([f.approximate, f.qualifier]).toEqual([true, qualifier]);
	});

	it('keeps the qualifier as written', () => {
		expect(only('About 300 troops left.', '300 troops').qualifier).toBe('About');
	});

	it('leaves an unqualified figure exact', () => {
		const f = only('It costs $5 billion.', '$5 billion');
		expect([f.approximate, f.qualifier]).toEqual([false, null]);
	});

	it('does not make a year approximate', () => {
		expect(only('It will be ready around 2030.', '2030').approximate).toBe(false);
	});
});

describe('equivalents', () => {
	it.each([
		[
			'a bracketed dollar amount',
			'It is worth 3 trillion yen ($20 billion) a year.',
			'3 trillion yen',
			'$20 billion'
		],
		[
			'a bracketed amount the other way round',
			'It is worth $20 billion (3 trillion yen).',
			'$20 billion',
			'3 trillion yen'
		],
		[
			'"or about"',
			'It is worth 1.67 trillion yuan, or about $230 billion, this year.',
			'1.67 trillion yuan',
			'$230 billion'
		],
		['a bracket with a qualifier', 'It is worth ¥3tn (about $20bn).', '¥3tn', '$20bn'],
		['"equivalent to"', 'It is worth €5bn, equivalent to $5.4bn.', '€5bn', '$5.4bn']
	])('pairs %s', (_name, text, a, b) => {
		const out = figures(text);
		const fa = out.find((f) => f.exact === a);
		const fb = out.find((f) => f.exact === b);
		expect(fa?.equivalentOf).toBe(fb?.id);
		expect(fb?.equivalentOf).toBe(fa?.id);
	});

	it.each([
		['two amounts in the same currency', 'It rose from $5 billion ($4 billion last year).'],
		['amounts joined by "and"', 'It gave 3 trillion yen and $20 billion.']
	])('does not pair %s', (_name, text) => {
		expect(figures(text).every((f) => f.equivalentOf === null)).toBe(true);
	});
});
