import { describe, expect, it } from 'vitest';
import { applyEdits, correctionProblem } from '$lib/edits/apply';
import { EMPTY_EDITS, type Correction, type Edits } from '$lib/edits/model';
import { defaultPage } from '../helpers/default-article';

const page = defaultPage();
const apply = (over: Partial<Edits>) => applyEdits(page, { ...EMPTY_EDITS, ...over });
const fig = (id: string) => {
	const f = page.figures.find((x) => x.id === id);
	if (!f) throw new Error(`no figure ${id}`);
	return f;
};
const after = (result: ReturnType<typeof apply>, id: string) =>
	result.figures.find((f) => f.id === id)!;

describe('correctionProblem', () => {
	it.each<[string, string, Correction, string | null]>([
		['a year of 1000', 'year-2027', { value: 1000 }, null],
		['a year of 999', 'year-2027', { value: 999 }, 'A year is a whole number such as 2027.'],
		[
			'a year with a fraction',
			'year-2027',
			{ value: 2027.5 },
			'A year is a whole number such as 2027.'
		],
		[
			'a percent made a year of 999',
			'percent-two-percent',
			{ value: 999, kind: 'year' },
			'A year is a whole number such as 2027.'
		],
		['money keeping its currency', 'money-56-billion', { value: 5.7e10 }, null],
		['money in another currency', 'money-56-billion', { value: 8e12, currency: 'JPY' }, null],
		[
			'a percent made money without a currency',
			'percent-two-percent',
			{ value: 5, kind: 'money' },
			'A money value needs a currency: choose one.'
		],
		[
			'a percent made money with a currency',
			'percent-two-percent',
			{ value: 5, kind: 'money', currency: 'EUR' },
			null
		],
		[
			'a year made a date',
			'year-2027',
			{ value: 2027, kind: 'date' },
			'A value cannot become a date: it has no day.'
		],
		['a date corrected as a date', 'date-dec-23-2023', { value: 2024 }, null],
		[
			'a quantity made a percent',
			'quantity-hundreds-of-thousands-of-rounds',
			{ value: 3, kind: 'percent' },
			null
		]
	])('%s', (_, id, correction, problem) => {
		expect(correctionProblem(fig(id), correction)).toBe(problem);
	});
});

describe('applyEdits', () => {
	it('changes nothing without edits', () => {
		const result = apply({});
		expect(result.figures).toEqual(page.figures);
		expect(result.hidden.size).toBe(0);
		expect(result.corrected.size).toBe(0);
		expect(result.events).toEqual(page.events);
		expect(result.problems).toEqual([]);
	});

	it('replaces a label, trimmed, and keeps the automatic one for a blank label', () => {
		const result = apply({
			figures: { 'year-2027': { label: '  Goal year  ' }, 'year-2014': { label: '   ' } }
		});
		expect(after(result, 'year-2027').label).toBe('Goal year');
		expect(after(result, 'year-2014').label).toBe(fig('year-2014').label);
		expect(page.figures.find((f) => f.id === 'year-2027')!.label).toBe('Deadline for the 2% goal');
	});

	it.each(['money-3-trillion-yen', 'money-20-billion'])(
		'hides both sides of a money pair when %s is hidden',
		(id) => {
			const result = apply({ figures: { [id]: { hidden: true } } });
			expect([...result.hidden].sort()).toEqual(['money-20-billion', 'money-3-trillion-yen']);
			expect(result.figures).toHaveLength(page.figures.length);
		}
	);

	it('hides a figure outside a pair alone, and not one marked hidden: false', () => {
		const result = apply({
			figures: { 'money-56-billion': { hidden: true }, 'money-20-billion': { hidden: false } }
		});
		expect([...result.hidden]).toEqual(['money-56-billion']);
	});

	it('corrects a value, keeps the article’s wording and unpairs both sides', () => {
		const result = apply({ figures: { 'money-20-billion': { correction: { value: 2.1e10 } } } });
		const corrected = after(result, 'money-20-billion');
		expect(corrected).toMatchObject({
			value: 2.1e10,
			currency: 'USD',
			equivalentOf: null,
			check: null,
			endValue: null,
			exact: '$20 billion'
		});
		expect(after(result, 'money-3-trillion-yen').equivalentOf).toBeNull();
		expect([...result.corrected]).toEqual([['money-20-billion', '$20 billion']]);
		expect(result.problems).toEqual([]);
	});

	it('changes the kind of a corrected value and drops what the old kind carried', () => {
		const result = apply({
			figures: {
				'quantity-hundreds-of-thousands-of-rounds': {
					correction: { value: 2.5e9, kind: 'money', currency: 'EUR' }
				}
			}
		});
		expect(after(result, 'quantity-hundreds-of-thousands-of-rounds')).toMatchObject({
			kind: 'money',
			value: 2.5e9,
			currency: 'EUR',
			unit: null
		});
	});

	it('reports a correction it cannot apply and leaves the figure as it was', () => {
		const result = apply({
			figures: { 'year-2027': { correction: { value: 999 }, label: 'Kept label' } }
		});
		expect(result.problems).toEqual([
			'The correction of “2027” is not applied: A year is a whole number such as 2027.'
		]);
		expect(after(result, 'year-2027')).toEqual({ ...fig('year-2027'), label: 'Kept label' });
		expect(result.corrected.size).toBe(0);
	});

	it('adds an event anchored by its quote after the page’s own', () => {
		const result = apply({
			events: [{ quote: 'loosened the rules', date: '2014-04-01', label: 'Rules eased' }]
		});
		expect(result.events).toHaveLength(page.events.length + 1);
		expect(result.events.at(-1)).toMatchObject({
			id: 'edit-event-1',
			date: '2014-04-01',
			label: 'Rules eased',
			sentence: fig('year-2014').sentence,
			exact: 'loosened the rules',
			start: page.text.indexOf('loosened the rules')
		});
	});

	it.each([
		['missing', 'rules were tightened', 'is not in the article text'],
		['ambiguous', 'Patriot', 'occurs more than once']
	])('reports an event whose quote is %s and does not add it', (_, quote, why) => {
		const result = apply({ events: [{ quote, date: '2020-01-01', label: 'Not shown' }] });
		expect(result.events).toEqual(page.events);
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toMatch(/^The event “Not shown” is not shown: its quote "/);
		expect(result.problems[0]).toContain(why);
	});

	it('passes the chart edits through', () => {
		const charts = { money: { title: 'Money' } };
		expect(apply({ charts }).charts).toEqual(charts);
	});
});
