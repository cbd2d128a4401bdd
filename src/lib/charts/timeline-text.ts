/**
 * What a timeline point says: its markers and date ("[4–7] 2027"), the names of what happens then
 * ("Defence at 2.5% of GDP · Deadline for the 2% goal"), and the cut that makes a line fit a width
 * with an ellipsis. Pure; measuring is handed in, so the chart's own canvas decides what fits.
 */
import { marker } from './common';
import type { TimelineGroup } from './timeline-points';

const unique = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

/** "[4]" for one row; "[4–7]" for the run of rows merged into one point (their rows are adjacent). */
export function groupMarker(group: TimelineGroup): string {
	const n = group.first + 1;
	return group.members.length > 1 ? `[${n}–${n + group.members.length - 1}]` : marker(n);
}

/** The date line: markers, then each distinct date as shown ("2027 / Fiscal 2027"). */
export function groupHead(group: TimelineGroup): string {
	return `${groupMarker(group)} ${unique(group.members.map((m) => m.shown)).join(' / ')}`;
}

/** The names of what the point holds, each once, in order. */
export function groupBody(group: TimelineGroup): string {
	return unique(group.members.map((m) => m.label)).join(' · ');
}

/**
 * No label line wider than a plot has more characters than this at the chart's font; cutting first
 * keeps a 10,000-character label from costing ten thousand measurements.
 */
const MOST = 300;

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** `text`, or its longest start that fits `width` with an ellipsis; '' when not even that fits. */
export function fitText(text: string, width: number, measure: (t: string) => number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	// Characters as a reader counts them, so a cut never splits a flag or an accent; only the start
	// of a long text is segmented, and its last character, perhaps cut in two, is never drawn.
	const long = clean.length > 4 * MOST;
	const chars = Array.from(SEGMENTER.segment(clean.slice(0, 4 * MOST)), (s) => s.segment);
	if (!long && chars.length <= MOST && measure(clean) <= width) return clean;
	const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…`;
	let [lo, hi] = [0, Math.min(chars.length - (long ? 1 : 0), MOST)];
	if (measure(cut(0)) > width) return '';
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (measure(cut(mid)) <= width) lo = mid;
		else hi = mid - 1;
	}
	// At a word's end when one is near, as `shorten` cuts a sentence.
	const kept = chars.slice(0, lo).join('');
	const space = kept.lastIndexOf(' ');
	return space > kept.length * 0.6 ? `${kept.slice(0, space).trimEnd()}…` : cut(lo);
}

/**
 * The lines of a point's label in `room` pixels: its markers and date whole, then its names cut to
 * fit (a phone shows the date line only); when the date line does not fit, the markers alone, which
 * the data table explains; when not even they fit, nothing.
 */
export function labelLines(
	group: TimelineGroup,
	room: number,
	narrow: boolean,
	measure: (t: string) => number
): string[] {
	const head = groupHead(group);
	if (measure(head) > room) {
		const marker = groupMarker(group);
		return measure(marker) <= room ? [marker] : [];
	}
	if (narrow) return [head];
	const body = fitText(groupBody(group), room, measure);
	return body && body !== '…' ? [head, body] : [head];
}
