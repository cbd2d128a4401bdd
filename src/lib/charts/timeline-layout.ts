/**
 * The timeline's layout at draw time: a Chart.js plugin that, once the axes are laid out (so pixels
 * and the chart's own text measure are known, on screen and in the Node exports alike), places every
 * label with `placeLabels`, cuts each to its room, and moves each dot to its lane. The label
 * annotations read the result through `labelAt`. Dots move by their parsed y, which Chart.js
 * re-parses from the spec on every update: the spec's data is never written to.
 */
import type { Chart, Plugin } from 'chart.js';
import { isNarrow } from './common';
import { LABEL_PADDING } from './end-labels';
import { placeLabels, type Placement } from './timeline-labels';
import { groupBody, groupHead, groupMarker, labelLines } from './timeline-text';
import type { TimelineGroup } from './timeline-points';

/** The dot's radius, and the space between a dot and its label. */
export const DOT_RADIUS = 6;
export const DOT_GAP = 4;

export interface DrawnLabel extends Placement {
	lines: string[];
}

const drawn = new WeakMap<object, DrawnLabel[]>();

/** Lane k (0 at the top) is drawn at y = levels − k, inside a y axis of 0 … levels + 1. */
export const laneValue = (levels: number, lane: number) => levels - lane;

export function timelineLayout(
	groups: TimelineGroup[],
	levels: number,
	font: { size: number; family: string }
) {
	const lineHeight = font.size * 1.2;
	/** Before the first layout (the annotation plugin reads positions early): the plain staircase. */
	const fallback = (i: number): DrawnLabel => ({
		lane: i % levels,
		side: 'right',
		room: 0,
		lines: []
	});
	return {
		labelAt: (chart: object, i: number): DrawnLabel => drawn.get(chart)?.[i] ?? fallback(i),
		plugin: <Plugin>{
			id: 'timelineLayout',
			afterLayout(chart: Chart) {
				const { ctx, chartArea: area, scales } = chart;
				const narrow = isNarrow({ chart });
				ctx.save();
				ctx.font = `${font.size}px ${font.family}`;
				const measure = (t: string) => ctx.measureText(t).width;
				// A label as wide as the plot reads as a banner, not a note: half the plot at most,
				// though never less than its date line.
				const most = (area.right - area.left) / 2;
				const sizes = groups.map((g) => {
					const texts = narrow ? [groupHead(g)] : [groupHead(g), groupBody(g)];
					const widths = texts.map((t) => measure(t) + 2 * LABEL_PADDING);
					return {
						width: Math.min(Math.max(...widths), Math.max(most, widths[0]!)),
						height: texts.length * lineHeight + 2 * LABEL_PADDING
					};
				});
				const placements = placeLabels(
					groups.map((g, i) => ({ x: scales.x!.getPixelForValue(g.x), ...sizes[i]! })),
					{
						...area,
						lanes: Array.from({ length: levels }, (_, k) =>
							scales.y!.getPixelForValue(laneValue(levels, k))
						),
						radius: DOT_RADIUS,
						gap: DOT_GAP,
						// The longest marker is the last (markers grow with time).
						minRoom: measure(groupMarker(groups.at(-1)!)) + 2 * LABEL_PADDING
					}
				);
				const labels = placements.map((p, i) => ({
					...p,
					lines: labelLines(groups[i]!, p.room - 2 * LABEL_PADDING, narrow, measure)
				}));
				ctx.restore();
				drawn.set(chart, labels);
				const parsed = chart.getDatasetMeta(0)._parsed as { y: number }[];
				labels.forEach((l, i) => {
					if (parsed[i]) parsed[i].y = laneValue(levels, l.lane);
				});
			}
		}
	};
}
