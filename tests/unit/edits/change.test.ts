import { describe, expect, it } from 'vitest';
import { withChart, withCorrection, withEvent, withFigure, withoutEvent } from '$lib/edits/change';
import type { Edits } from '$lib/edits/model';
import type { Figure } from '$lib/figures/model';

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		for (const v of Object.values(value)) deepFreeze(v);
		Object.freeze(value);
	}
	return value;
}

const start: Edits = deepFreeze({
	charts: { money: { title: 'Spending' } },
	figures: { 'year-2027': { label: 'Deadline', hidden: true } },
	events: [
		{ quote: 'the first ship', date: '2025-05-01', label: 'First ship' },
		{ quote: 'the second ship', date: '2026-05-01', label: 'Second ship' }
	]
});

describe('edits changes', () => {
	it('withChart sets a field and keeps the others, leaving the old value alone', () => {
		const next = withChart(start, 'money', { subtitle: 'In dollars' });
		expect(next.charts.money).toEqual({ title: 'Spending', subtitle: 'In dollars' });
		expect(withChart(start, 'quantity', { title: 'Counts' }).charts).toEqual({
			money: { title: 'Spending' },
			quantity: { title: 'Counts' }
		});
		expect(start.charts).toEqual({ money: { title: 'Spending' } });
	});

	it('withFigure sets a field and keeps the others', () => {
		const next = withFigure(start, 'year-2027', { correction: { value: 2028 } });
		expect(next.figures['year-2027']).toEqual({
			label: 'Deadline',
			hidden: true,
			correction: { value: 2028 }
		});
		expect(start.figures['year-2027']).toEqual({ label: 'Deadline', hidden: true });
	});

	it('withFigure removes a field set to undefined, and the figure once nothing is left', () => {
		const one = withFigure(start, 'year-2027', { hidden: undefined });
		expect(one.figures['year-2027']).toEqual({ label: 'Deadline' });
		expect('hidden' in one.figures['year-2027']!).toBe(false);
		const none = withFigure(one, 'year-2027', { label: undefined });
		expect(none.figures).toEqual({});
		expect(withFigure(start, 'year-2014', { label: undefined }).figures).toEqual(start.figures);
	});

	it('withEvent appends and withoutEvent removes by index', () => {
		const third = { quote: 'the third ship', date: '2027-05-01', label: 'Third ship' };
		expect(withEvent(start, third).events).toEqual([...start.events, third]);
		expect(withoutEvent(start, 0).events).toEqual([start.events[1]]);
		expect(withoutEvent(start, 1).events).toEqual([start.events[0]]);
		expect(withoutEvent(start, 2).events).toEqual(start.events);
		expect(withoutEvent(start, -1).events).toEqual(start.events);
		expect(start.events).toHaveLength(2);
	});
});

describe('withCorrection', () => {
	const percent = {
		id: 'percent-2-5',
		kind: 'percent',
		value: 2.5,
		currency: null,
		exact: '2.5%'
	} as unknown as Figure;
	const empty: Edits = { charts: {}, figures: {}, events: [] };

	it('keeps the article value when only the kind changes, and takes the currency shown for money', () => {
		const made = withCorrection(empty, percent, { kind: 'money' });
		expect(made.problem).toBeNull();
		expect(made.edits!.figures['percent-2-5']!.correction).toEqual({
			value: 2.5,
			kind: 'money',
			currency: 'USD'
		});
	});

	it('drops a kind that is the figure’s own, and keeps the other fields on a second change', () => {
		const first = withCorrection(empty, percent, { value: 3 }).edits!;
		expect(first.figures['percent-2-5']!.correction).toEqual({ value: 3 });
		const second = withCorrection(first, percent, { kind: 'percent' }).edits!;
		expect(second.figures['percent-2-5']!.correction).toEqual({ value: 3 });
	});

	it('refuses a year that is not whole, just outside, and takes one just inside', () => {
		expect(withCorrection(empty, percent, { kind: 'year', value: 2027.5 })).toEqual({
			edits: null,
			problem: 'A year is a whole number such as 2027.'
		});
		expect(withCorrection(empty, percent, { kind: 'year', value: 999 }).edits).toBeNull();
		expect(withCorrection(empty, percent, { kind: 'year', value: 1000 }).problem).toBeNull();
	});
});
