/**
 * The timeline: the article's years and dates, plus events the editorial notes anchor, as points on
 * a year axis. Everything plotted at the same x is one point, whose label names each item; the data
 * table keeps one row per figure or event. A linear axis in fractional years avoids shipping a date
 * adapter; no figure here is finer than a day. Where labels go is decided at draw time, when text can
 * be measured (see timeline-layout.ts). Pure.
 */
import type { ChartConfiguration } from 'chart.js';
import type { PartialEventContext } from 'chartjs-plugin-annotation';
import type { Figure, Sentence } from '$lib/figures/model';
import type { TimelineEvent } from '$lib/notes/apply';
import { baseOptions } from './common';
import { checkOf, type ChartRow, type ChartSpec } from './spec';
import type { ChartTheme } from './theme';
import { DOT_GAP, DOT_RADIUS, laneValue, timelineLayout } from './timeline-layout';
import { sameDateGroups, timelinePoints } from './timeline-points';
import { timelineTooltip } from './timeline-tooltip';

export interface TimelineInput {
	figures: Figure[];
	events: TimelineEvent[];
	sentences: Sentence[];
	theme: ChartTheme;
}

/** Rows of labels: four keep nearby points (Dec 2023, Apr 2024) apart in a 270 px chart. */
const MOST_LANES = 4;

export function buildTimelineChart(input: TimelineInput): ChartSpec {
	const { theme } = input;
	const points = timelinePoints(input.figures, input.events);
	const rows: ChartRow[] = points.map((p, i) => ({
		figureId: p.id,
		marker: i + 1,
		label: p.label,
		stated: p.stated,
		shown: p.shown,
		value: p.x,
		unit: 'year',
		rate: null,
		sentence: p.sentence,
		sentenceText: input.sentences[p.sentence]?.text ?? '',
		...checkOf(p)
	}));
	const groups = sameDateGroups(points);
	const xs = groups.map((g) => g.x);
	// Bounds on a multiple of the tick step, so ticks fall evenly (2014, 2016 …, not 2013, 2016).
	const step = Math.ceil(Math.max(...xs)) - Math.floor(Math.min(...xs)) > 10 ? 2 : 1;
	const min = Math.floor((Math.min(...xs) - 1) / step) * step;
	const max = Math.ceil((Math.max(...xs) + 1) / step) * step;
	const levels = Math.min(MOST_LANES, Math.max(1, groups.length));
	const font = { size: 11, family: theme.font };
	const layout = timelineLayout(groups, levels, font);
	const base = baseOptions(theme);
	const config: ChartConfiguration = {
		type: 'scatter',
		data: {
			datasets: [
				{
					label: 'Timeline',
					// y is the staircase until the layout moves each dot to its label's lane.
					data: groups.map((g, i) => ({ x: g.x, y: laneValue(levels, i % levels) })),
					backgroundColor: theme.time,
					borderColor: theme.time,
					pointRadius: DOT_RADIUS,
					pointHoverRadius: DOT_RADIUS + 2
				}
			]
		},
		options: {
			...base,
			scales: {
				x: {
					type: 'linear',
					min,
					max,
					grid: { color: theme.grid },
					ticks: {
						color: theme.muted,
						font: { family: theme.font },
						stepSize: step,
						callback: (v) => String(v)
					}
				},
				y: { display: false, min: 0, max: levels + 1 }
			},
			plugins: {
				...base.plugins,
				tooltip: timelineTooltip(groups, rows),
				annotation: {
					annotations: Object.fromEntries(
						groups.map((g, i) => {
							type Ctx = PartialEventContext;
							const at = (ctx: Ctx) => layout.labelAt(ctx.chart, i);
							const right = (ctx: Ctx) => at(ctx).side === 'right';
							return [
								`fig:${g.members[0]!.id}`,
								{
									type: 'label' as const,
									xValue: g.x,
									yValue: (ctx: Ctx) => laneValue(levels, at(ctx).lane),
									position: (ctx: Ctx) => ({
										x: right(ctx) ? ('start' as const) : ('end' as const),
										y: 'center' as const
									}),
									xAdjust: (ctx: Ctx) => (right(ctx) ? 1 : -1) * (DOT_RADIUS + DOT_GAP),
									textAlign: (ctx: Ctx) => (right(ctx) ? ('left' as const) : ('right' as const)),
									display: (ctx: Ctx) => at(ctx).lines.length > 0,
									content: (ctx: Ctx) => at(ctx).lines,
									color: theme.text,
									font
								}
							];
						})
					)
				}
			}
		},
		plugins: [layout.plugin]
	};
	return {
		id: 'timeline',
		title: 'Timeline of the article’s years and dates',
		subtitle: 'Years and dates as stated, with events the article places in time',
		notes: [],
		sources: [],
		rows,
		// A merged point is its first item's; the others keep their own rows and `fig-<id>` anchors
		// in the table, so they are not aliases (an alias gets a second anchor in the first's row).
		elements: [groups.map((g) => g.members[0]!.id)],
		aliases: {},
		annotations: Object.fromEntries(
			groups.map((g) => [`fig:${g.members[0]!.id}`, g.members[0]!.id])
		),
		config,
		size: 'medium'
	};
}
