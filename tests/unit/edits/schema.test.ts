import { describe, expect, it } from 'vitest';
import { EMPTY_EDITS, hasEdits, mergeEdits, TEXT_MAX, type Edits } from '$lib/edits/model';
import { editsSchema } from '$lib/edits/schema';

const edits = (over: Partial<Edits>): Edits => ({ ...EMPTY_EDITS, ...over });
const valid = (json: unknown) => editsSchema.safeParse(json).success;

describe('editsSchema', () => {
	it('fills in what a value leaves out', () => {
		expect(editsSchema.parse({})).toEqual(EMPTY_EDITS);
	});

	it('takes a label of exactly TEXT_MAX characters and refuses one more', () => {
		expect(valid({ figures: { 'year-2027': { label: 'y'.repeat(TEXT_MAX) } } })).toBe(true);
		expect(valid({ figures: { 'year-2027': { label: 'y'.repeat(TEXT_MAX + 1) } } })).toBe(false);
		expect(valid({ charts: { money: { title: 't'.repeat(TEXT_MAX) } } })).toBe(true);
		expect(valid({ charts: { money: { subtitle: 't'.repeat(TEXT_MAX + 1) } } })).toBe(false);
	});

	it('takes figure ids of 160 lowercase characters and refuses 161 or other characters', () => {
		expect(valid({ figures: { ['a'.repeat(160)]: { hidden: true } } })).toBe(true);
		expect(valid({ figures: { ['a'.repeat(161)]: { hidden: true } } })).toBe(false);
		expect(valid({ figures: { 'Money-1': { hidden: true } } })).toBe(false);
		expect(valid({ figures: { '': { hidden: true } } })).toBe(false);
	});

	it('refuses a chart it does not draw and a field it does not know', () => {
		expect(valid({ charts: { pie: { title: 'Slices' } } })).toBe(false);
		expect(valid({ charts: { money: { colour: 'red' } } })).toBe(false);
		expect(valid({ figures: { 'year-2027': { note: 'x' } } })).toBe(false);
		expect(valid({ extra: true })).toBe(false);
	});

	const event = { quote: 'the fleet', date: '2025-03-01', label: 'Fleet sails' };
	it('takes 200 events and refuses 201', () => {
		expect(valid({ events: Array(200).fill(event) })).toBe(true);
		expect(valid({ events: Array(201).fill(event) })).toBe(false);
	});

	it.each([
		['a quote of three characters', { quote: ' abc ' }, true],
		['a quote of two characters once trimmed', { quote: ' ab ' }, false],
		['a real leap day', { date: '2024-02-29' }, true],
		['a day that does not exist', { date: '2023-02-29' }, false],
		['a date without its day', { date: '2025-03' }, false],
		['a blank label', { label: '   ' }, false]
	])('events: %s → %s', (_, change, ok) => {
		expect(valid({ events: [{ ...event, ...change }] })).toBe(ok);
	});

	it.each([
		['a known currency', { value: 5, currency: 'JPY' }, true],
		['an unknown currency', { value: 5, currency: 'XYZ' }, false],
		['a kind it knows', { value: 5, kind: 'percent' }, true],
		['a kind it does not know', { value: 5, kind: 'ratio' }, false],
		['a value that is not a number', { value: '5' }, false],
		['an infinite value', { value: Infinity }, false],
		['an unknown field', { value: 5, unit: 'ships' }, false]
	])('corrections: %s → %s', (_, correction, ok) => {
		expect(valid({ figures: { 'year-2027': { correction } } })).toBe(ok);
	});
});

describe('hasEdits', () => {
	it.each([
		['no edits', EMPTY_EDITS, false],
		['a blank label', edits({ figures: { a: { label: '  ' } } }), false],
		[
			'a blank title and subtitle',
			edits({ charts: { money: { title: ' ', subtitle: '' } } }),
			false
		],
		['a label', edits({ figures: { a: { label: 'Budget' } } }), true],
		['a subtitle', edits({ charts: { percent: { subtitle: 'Of GDP' } } }), true],
		['a figure shown again', edits({ figures: { a: { hidden: false } } }), true],
		['a correction', edits({ figures: { a: { correction: { value: 0 } } } }), true],
		['an event', edits({ events: [{ quote: 'abc', date: '2025-01-01', label: 'x' }] }), true]
	])('%s → %s', (_, value, expected) => expect(hasEdits(value)).toBe(expected));
});

describe('mergeEdits', () => {
	it('lays each field of `over` on `base`, keeping the fields it does not set', () => {
		const base = edits({
			charts: { money: { title: 'Old title', subtitle: 'Kept subtitle' } },
			figures: { a: { label: 'Old label', hidden: true }, b: { label: 'Only in base' } },
			events: [{ quote: 'first', date: '2025-01-01', label: 'First' }]
		});
		const over = edits({
			charts: { money: { title: 'New title' }, timeline: { title: 'Dates' } },
			figures: { a: { label: 'New label' }, c: { hidden: true } },
			events: [{ quote: 'second', date: '2025-02-01', label: 'Second' }]
		});
		const before = structuredClone(base);
		expect(mergeEdits(base, over)).toEqual({
			charts: {
				money: { title: 'New title', subtitle: 'Kept subtitle' },
				timeline: { title: 'Dates' }
			},
			figures: {
				a: { label: 'New label', hidden: true },
				b: { label: 'Only in base' },
				c: { hidden: true }
			},
			events: [base.events[0], over.events[0]]
		});
		expect(base).toEqual(before);
	});
});
