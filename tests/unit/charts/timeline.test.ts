// The timeline as data: one drawn point per plotted date, naming everything on it; one table row per
// figure or event; and the rules behind the labels, each pinned just inside and just outside its limit.
import { describe, expect, test } from 'vitest';
import type { TooltipItem } from 'chart.js';
import { buildTimelineChart } from '$lib/charts/timeline';
import { placeLabels, SEPARATION, type Frame } from '$lib/charts/timeline-labels';
import { sameDateGroups, shownDate, timelinePoints } from '$lib/charts/timeline-points';
import { fitText, groupBody, groupHead } from '$lib/charts/timeline-text';
import { annotationsOf, datasets, theme } from './helpers';
import { event, ukEvents, ukFigures, ukSentences } from './timeline-fixture';

const uk = buildTimelineChart({
	figures: ukFigures,
	events: ukEvents,
	sentences: ukSentences,
	theme
});
const drawn = () => datasets(uk.config)[0]!.data as { x: number }[];
const year2027 = ukFigures.filter((f) => f.kind === 'year' && f.value === 2027).map((f) => f.id);

describe('items on the same plotted date are one point', () => {
	test('the story says 2027 four times and notes a deadline then: one point, five rows', () => {
		expect(year2027).toHaveLength(4);
		expect(uk.rows.filter((r) => r.value === 2027).map((r) => r.figureId)).toEqual([
			...year2027,
			'event-1'
		]);
		expect(drawn().filter((p) => p.x === 2027)).toHaveLength(1);
		expect(uk.rows).toHaveLength(drawn().length + 4);
	});

	test('the point is its first figure’s, for clicks, annotations and links', () => {
		const i = drawn().findIndex((p) => p.x === 2027);
		expect(uk.elements[0]![i]).toBe(year2027[0]);
		expect(uk.annotations[`fig:${year2027[0]}`]).toBe(year2027[0]);
		expect(Object.keys(annotationsOf(uk.config))).toHaveLength(drawn().length);
	});

	test('the merged figures keep their own rows and anchors, so none is also an alias', () => {
		const rowIds = uk.rows.map((r) => r.figureId);
		expect(new Set(rowIds).size).toBe(rowIds.length);
		expect(Object.keys(uk.aliases).filter((id) => rowIds.includes(id))).toEqual([]);
	});

	test('its label names each distinct item once, after its markers and date', () => {
		const groups = sameDateGroups(timelinePoints(ukFigures, ukEvents));
		const g = groups.find((x) => x.x === 2027)!;
		expect(groupHead(g)).toBe('[4–8] 2027');
		expect(groupBody(g).split(' · ')).toEqual([...new Set([...g.members.map((m) => m.label)])]);
		expect(groupBody(g)).toContain('Deadline for the 2% goal');
	});

	test('its tooltip lists every item, in full', () => {
		const i = drawn().findIndex((p) => p.x === 2027);
		type Callback = (arg: unknown) => string | string[];
		const tooltip = (uk.config.options!.plugins!.tooltip as { callbacks: Record<string, Callback> })
			.callbacks;
		const item = { dataIndex: i } as TooltipItem<'scatter'>;
		const lines = (tooltip.label!(item) as string[]).join(' ');
		for (const r of uk.rows.filter((r) => r.value === 2027)) expect(lines).toContain(r.label);
		expect(tooltip.title!([item])).toBe('2027');
	});

	const alone = buildTimelineChart({
		figures: ukFigures,
		events: [],
		sentences: ukSentences,
		theme
	});
	test.each([
		['1 January 2027 is plotted on 2027: merged with the year', '2027-01-01', true],
		['2 January 2027 is a day later: a point of its own', '2027-01-02', false],
		['1 April 2027, a day the story names: merged with it', '2027-04-01', true],
		['2 April 2027 is a day later: a point of its own', '2027-04-02', false]
	])('%s', (_, date, merged) => {
		const spec = buildTimelineChart({
			figures: ukFigures,
			events: [event('event-9', date, 'Something on that day')],
			sentences: ukSentences,
			theme
		});
		expect(spec.rows).toHaveLength(alone.rows.length + 1);
		expect(spec.elements[0]!.length).toBe(alone.elements[0]!.length + (merged ? 0 : 1));
		expect(spec.elements[0]!.includes('event-9')).toBe(!merged);
	});

	test('a year alone is shown as the year, not as its January', () => {
		expect(shownDate('2027')).toBe('2027');
		expect(shownDate('2027-04')).toBe('Apr 2027');
		expect(shownDate('2027-04-01')).toBe('1 Apr 2027');
	});
});

describe('a label is cut to its room with an ellipsis', () => {
	const measure = (t: string) => t.length * 6; // six pixels a character

	test.each([
		['fits exactly: whole', 'Deadline', 48, 'Deadline'],
		['one pixel short: cut', 'Deadline', 47, 'Deadli…'],
		['no room even for the ellipsis: nothing', 'Deadline', 5, ''],
		['HTML stays text', '<img src=x onerror=alert(1)>', 600, '<img src=x onerror=alert(1)>'],
		['cut at a character, never inside a flag', '🇬🇧🇬🇧 flags', 42, '🇬🇧…']
	])('%s', (_, text, width, expected) => {
		expect(fitText(text, width, measure)).toBe(expected);
	});

	test('a 10,000-character label costs a few measurements and ends in an ellipsis', () => {
		let calls = 0;
		const fitted = fitText('x'.repeat(10_000), 300, (t) => (calls++, measure(t)));
		expect(fitted).toBe(`${'x'.repeat(49)}…`);
		expect(calls).toBeLessThan(20);
	});
});

describe('label placement', () => {
	const frame: Frame = {
		left: 0,
		right: 1000,
		top: 0,
		bottom: 300,
		lanes: [100],
		radius: 6,
		gap: 4,
		minRoom: 20
	};
	const label = { width: 50, height: 30 };
	// A's label ends at 100 + 6 + 4 + 50 = 160; B's dot must start SEPARATION after it.
	const apart = 6 + 4 + 50 + SEPARATION + 6;

	test('two points a label apart share a lane, both labels whole', () => {
		const [a, b] = placeLabels(
			[
				{ x: 100, ...label },
				{ x: 100 + apart, ...label }
			],
			frame
		);
		expect(a).toEqual({ lane: 0, side: 'right', room: 50 });
		expect(b).toEqual({ lane: 0, side: 'right', room: 50 });
	});

	test('one pixel closer, with no other lane, the first label is cut short of the dot', () => {
		const [a] = placeLabels(
			[
				{ x: 100, ...label },
				{ x: 100 + apart - 1, ...label }
			],
			frame
		);
		expect(a!.room).toBeLessThan(50);
		expect(a!.room).toBeGreaterThan(frame.minRoom);
	});

	test('one pixel closer, with a second lane, the second point takes it whole', () => {
		const two = { ...frame, lanes: [100, 150] };
		const places = placeLabels(
			[
				{ x: 100, ...label },
				{ x: 100 + apart - 1, ...label },
				{ x: 100 + 2 * apart - 1, ...label }
			],
			two
		);
		expect(places.map((p) => [p.lane, p.room])).toEqual([
			[0, 50],
			[1, 50],
			[0, 50]
		]);
	});

	test.each([
		['left of the middle: the label grows right', 499, 'right'],
		['right of the middle: the label grows left', 501, 'left']
	])('%s', (_, x, side) => {
		expect(placeLabels([{ x, ...label }], frame)[0]!.side).toBe(side);
	});

	test.each([
		['exactly fits before the right edge', 1000 - 60, 50],
		['one pixel past it: cut', 1000 - 59, 49]
	])('near the right edge with the left side taken, a label %s', (_, x, room) => {
		const blocked = placeLabels(
			[
				{ x: x - 66, width: 55, height: 30 },
				{ x, ...label }
			],
			{ ...frame, left: x - 80 }
		);
		expect(blocked[1]!.side).toBe('right');
		expect(blocked[1]!.room).toBe(room);
	});

	test.each([
		['room of exactly minRoom: drawn, cut', 20, 20],
		['one pixel less: hidden', 19, 0]
	])('%s', (_, room, expected) => {
		const narrow = { ...frame, left: 0, right: 10 + room };
		expect(placeLabels([{ x: 0, ...label }], narrow)[0]!.room).toBe(expected);
	});

	test('a label never reaches a later dot: the dot takes another lane first', () => {
		const places = placeLabels(
			[
				{ x: 100, ...label },
				{ x: 120, ...label }
			],
			{ ...frame, lanes: [100, 150] }
		);
		expect(places.map((p) => p.lane)).toEqual([0, 1]);
	});
});
