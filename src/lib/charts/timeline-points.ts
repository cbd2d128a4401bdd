/**
 * The timeline's points: the article's years and dates, and the events editorial notes anchor, each
 * placed on a fractional-year axis with the date shown as a reader writes it, in time order. Pure.
 */
import type { Figure } from '$lib/figures/model';
import type { TimelineEvent } from '$lib/notes/apply';
import { quoted } from './common';

/** "2023-12-23" → 2023.97; "2023-12" → 2023.92 (the month's start); 2027 → 2027. */
export function fractionalYear(date: string): number {
	const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
	const start = Date.UTC(y, 0, 1);
	const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
	return y + (Date.UTC(y, m - 1, d) - start) / 86_400_000 / days;
}

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', {
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC'
});

export function shownDate(date: string): string {
	const parts = date.split('-');
	// A year alone is shown as one: an event "in 2027" is not an event in January.
	if (parts.length === 1) return parts[0]!;
	const d = new Date(`${parts[0]}-${parts[1] ?? '01'}-${parts[2] ?? '01'}T00:00:00Z`);
	return parts.length === 3 ? DATE.format(d) : MONTH.format(d);
}

export interface TimelinePoint {
	id: string;
	x: number;
	label: string;
	stated: string;
	shown: string;
	sentence: number;
	/** Why a reader should check the figure (a guessed date order); null for notes' events. */
	check: string | null;
}

export function timelinePoints(figures: Figure[], events: TimelineEvent[]): TimelinePoint[] {
	return [
		...figures
			.filter((f) => f.kind === 'year' || f.kind === 'date')
			.map((f) => ({
				id: f.id,
				x: f.kind === 'date' && f.date ? fractionalYear(f.date) : f.value,
				label: f.label,
				stated: quoted(f),
				shown:
					f.kind === 'date' && f.date
						? shownDate(f.date)
						: `${f.fiscal ? 'Fiscal ' : ''}${f.value}${f.endValue ? `–${f.endValue}` : ''}`,
				sentence: f.sentence,
				check: f.check
			})),
		...events.map((e) => ({
			id: e.id,
			x: fractionalYear(e.date),
			label: e.label,
			stated: e.exact,
			shown: shownDate(e.date),
			sentence: e.sentence,
			check: null
		}))
	].sort((a, b) => a.x - b.x);
}

/**
 * One drawn point: every point plotted at the same x (the same day; a year and the 1 January of that
 * year; a fiscal and a calendar year with the same number), in time order, figures before events.
 * `first` is the index of its first member among all points, which are its rows' order too.
 */
export interface TimelineGroup {
	x: number;
	first: number;
	members: TimelinePoint[];
}

/** Groups sorted points by their plotted x: equal x means the dots would sit on one another. */
export function sameDateGroups(points: TimelinePoint[]): TimelineGroup[] {
	const groups: TimelineGroup[] = [];
	points.forEach((p, i) => {
		const last = groups.at(-1);
		if (last && last.x === p.x) last.members.push(p);
		else groups.push({ x: p.x, first: i, members: [p] });
	});
	return groups;
}
