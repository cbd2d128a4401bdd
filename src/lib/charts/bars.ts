/**
 * The Chart.js config every horizontal bar chart here shares (money, percent, quantity, industry):
 * one bar per row, its category label with the row's marker, a label at the bar's end that the value
 * axis makes room for, tooltips that quote the row's sentence, and annotation ids that map back to
 * figures. Builders supply only what differs. Pure.
 */
import type { ChartConfiguration } from 'chart.js';
import { baseOptions, categoryTicks, rowTooltip } from './common';
import { barEndLabel, fitEndLabels } from './end-labels';
import type { ChartRow } from './spec';
import type { ChartTheme } from './theme';

export interface BarsInput<R extends ChartRow> {
	rows: R[];
	theme: ChartTheme;
	/** The dataset's name, for assistive technology and exports ("Value in USD"). */
	label: string;
	color: (row: R) => string;
	/** The text at the end of a row's bar; `narrow` on a phone-sized chart. */
	endLabel: (row: R, narrow: boolean) => string;
	/** A value-axis tick ("$20B", "2%"). */
	tick: (value: number) => string;
	/** The tooltip's lines for a row. */
	tooltip: (row: R) => string | string[];
	maxBarThickness?: number;
	maxTicks?: number;
	/** A logarithmic value axis, for amounts more than 20× apart; `max` is the largest bar. */
	log?: { max: number };
	suggestedMax?: number;
	/** Annotations drawn before the end labels (a guideline), so the labels sit on top. */
	under?: Record<string, object>;
	/** Value-axis positions of lines across the bars, which end labels must not cover. */
	lines?: number[];
	/** Draw annotations outside the plot area too (a label in the padding above the bars). */
	unclipped?: boolean;
	paddingTop?: number;
}

/** The annotation id of a row: its figure's, or its position for a reference row. */
export const barAnnotationId = (row: ChartRow, index: number) =>
	row.figureId ? `fig:${row.figureId}` : `ref:${index}`;

/** A guessed figure says so on the chart too, not only in the table: "… · check". */
const flagged =
	<R extends ChartRow>(endLabel: BarsInput<R>['endLabel']) =>
	(row: R, narrow: boolean) =>
		row.check ? `${endLabel(row, narrow)} · check` : endLabel(row, narrow);

export function horizontalBars<R extends ChartRow>(bars: BarsInput<R>): ChartConfiguration {
	const input = {
		...bars,
		endLabel: flagged(bars.endLabel),
		tooltip: (r: R) => [...[bars.tooltip(r)].flat(), ...(r.check ? [`Check: ${r.check}`] : [])]
	};
	const { rows, theme } = input;
	const base = baseOptions(theme);
	const font = { family: theme.font, size: 12 };
	return {
		type: 'bar',
		data: {
			labels: rows.map((r) => r.label),
			datasets: [
				{
					label: input.label,
					data: rows.map((r) => r.value),
					backgroundColor: rows.map(input.color),
					borderRadius: 2,
					maxBarThickness: input.maxBarThickness ?? 32
				}
			]
		},
		options: {
			...base,
			indexAxis: 'y',
			...(input.paddingTop === undefined
				? {}
				: { layout: { padding: { top: input.paddingTop, right: 16, bottom: 4, left: 4 } } }),
			scales: {
				x: {
					type: input.log ? 'logarithmic' : 'linear',
					beginAtZero: !input.log,
					suggestedMax: input.log ? input.log.max * 8 : input.suggestedMax,
					afterDataLimits: fitEndLabels(
						(narrow) => rows.map((r) => input.endLabel(r, narrow)),
						rows.map((r) => r.value),
						`12px ${theme.font}`
					),
					grid: { color: theme.grid },
					ticks: {
						color: theme.muted,
						font: { family: theme.font },
						...(input.maxTicks === undefined ? {} : { maxTicksLimit: input.maxTicks }),
						callback: (v) => input.tick(Number(v))
					}
				},
				y: { grid: { display: false }, ticks: { ...categoryTicks(rows, theme.text), font } }
			},
			plugins: {
				...base.plugins,
				tooltip: rowTooltip(rows, input.tooltip),
				annotation: {
					clip: !input.unclipped,
					annotations: {
						...input.under,
						...Object.fromEntries(
							rows.map((r, i) => [
								barAnnotationId(r, i),
								barEndLabel(r.value, i, (narrow) => input.endLabel(r, narrow), theme, input.lines)
							])
						)
					}
				}
			}
		}
	};
}
