/**
 * The timeline: the article's years and dates, plus events the editorial notes anchor, as points on
 * a year axis, each annotated with a numbered marker and its label. A linear axis in fractional
 * years avoids shipping a date adapter; no figure here is finer than a day. Pure.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Figure, Sentence } from '$lib/figures/model';
import type { TimelineEvent } from '$lib/notes/apply';
import { baseOptions, isNarrow, marker, quoteLines } from './common';
import { checkOf, type ChartRow, type ChartSpec } from './spec';
import type { ChartTheme } from './theme';
import { timelinePoints } from './timeline-points';

export interface TimelineInput {
	figures: Figure[];
	events: TimelineEvent[];
	sentences: Sentence[];
	theme: ChartTheme;
}

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
	const xs = points.map((p) => p.x);
	// Bounds on a multiple of the tick step, so ticks fall evenly (2014, 2016 …, not 2013, 2016).
	const step = Math.ceil(Math.max(...xs)) - Math.floor(Math.min(...xs)) > 10 ? 2 : 1;
	const min = Math.floor((Math.min(...xs) - 1) / step) * step;
	const max = Math.ceil((Math.max(...xs) + 1) / step) * step;
	// Staggered rows keep labels of nearby points (Dec 2023, Apr 2024) from overlapping.
	const levels = Math.min(4, Math.max(1, points.length));
	const level = (i: number) => levels - (i % levels);
	const base = baseOptions(theme);
	const config: ChartConfiguration = {
		type: 'scatter',
		data: {
			datasets: [
				{
					label: 'Timeline',
					data: points.map((p, i) => ({ x: p.x, y: level(i) })),
					backgroundColor: theme.time,
					borderColor: theme.time,
					pointRadius: 6,
					pointHoverRadius: 8
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
				tooltip: {
					callbacks: {
						title: (items) => rows[items[0]?.dataIndex ?? 0]?.label ?? '',
						label: (item) => {
							const r = rows[item.dataIndex];
							return r
								? [`${r.shown} (article: ${r.stated})`, ...(r.check ? [`Check: ${r.check}`] : [])]
								: '';
						},
						afterBody: (items) => quoteLines(rows[items[0]?.dataIndex ?? 0]?.sentenceText ?? '')
					}
				},
				annotation: {
					annotations: Object.fromEntries(
						points.map((p, i) => [
							`fig:${p.id}`,
							{
								type: 'label',
								xValue: p.x,
								yValue: level(i),
								// Labels grow away from the nearer edge so none is clipped.
								position: { x: p.x - min > (max - min) / 2 ? 'end' : 'start', y: 'center' },
								xAdjust: p.x - min > (max - min) / 2 ? -10 : 10,
								content: (ctx: { chart: { width: number } }) =>
									isNarrow(ctx)
										? `${marker(i + 1)} ${p.shown}`
										: [`${marker(i + 1)} ${p.shown}`, p.label],
								color: theme.text,
								textAlign: p.x - min > (max - min) / 2 ? 'right' : 'left',
								font: { size: 11, family: theme.font }
							}
						])
					)
				}
			}
		}
	};
	return {
		id: 'timeline',
		title: 'Timeline of the article’s years and dates',
		subtitle: 'Years and dates as stated, with events the article places in time',
		notes: [],
		sources: [],
		rows,
		elements: [rows.map((r) => r.figureId)],
		aliases: {},
		annotations: Object.fromEntries(points.map((p) => [`fig:${p.id}`, p.id])),
		config,
		size: 'medium'
	};
}
