import { describe, expect, it } from 'vitest';
import { withChart, withEvent, withFigure, withoutEvent } from '$lib/edits/change';
import type { Edits } from '$lib/edits/schema';

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
