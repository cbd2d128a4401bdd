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

/** `text`, or its longest start that fits `width` with an ellipsis; '' when not even that fits. */
export function fitText(text: string, width: number, measure: (t: string) => number): string {
	const chars = Array.from(text.replace(/\s+/g, ' ').trim());
	const whole = chars.join('');
	if (chars.length <= MOST && measure(whole) <= width) return whole;
	const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…`;
	let [lo, hi] = [0, Math.min(chars.length, MOST)];
	if (measure(cut(0)) > width) return '';
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (measure(cut(mid)) <= width) lo = mid;
		else hi = mid - 1;
	}
	return cut(lo);
}
