/**
 * Quantities: one horizontal bar per counted thing ("14 artillery systems"), annotated with the
 * figure as stated. Vague amounts are charted at their lower bound and say so. Pure.
 */
import type { ChartConfiguration } from 'chart.js';
import { getNumberFormat } from '$lib/currency/intl';
import type { Figure, Sentence } from '$lib/figures/model';
import {
	barEndLabel,
	baseOptions,
	categoryTicks,
	fitEndLabels,
	marker,
	rowTooltip
} from './common';
import type { ChartRow, ChartSpec } from './spec';
import type { ChartTheme } from './theme';

export function buildQuantityChart(input: {
	figures: Figure[];
	sentences: Sentence[];
	theme: ChartTheme;
}): ChartSpec {
	const { theme } = input;
	const count = getNumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });
	const rows: ChartRow[] = input.figures
		.filter((f) => f.kind === 'quantity')
		.map((f, i) => {
			const vague = f.approximate && !f.qualifier;
			return {
				figureId: f.id,
				marker: i + 1,
				label: f.label,
				stated: `${f.qualifier ? `${f.qualifier} ` : ''}${f.exact}`,
				shown: `${vague ? 'at least ' : ''}${count.format(f.value)}${f.unit ? ` ${f.unit}` : ''}`,
				value: f.value,
				unit: f.unit ?? 'count',
				rate: null,
				sentence: f.sentence,
				sentenceText: input.sentences[f.sentence]?.text ?? ''
			};
		});
	const base = baseOptions(theme);
	const config: ChartConfiguration = {
		type: 'bar',
		data: {
			labels: rows.map((r) => r.label),
			datasets: [
				{
					label: 'Count',
					data: rows.map((r) => r.value),
					backgroundColor: theme.quantity,
					borderRadius: 2,
					maxBarThickness: 32
				}
			]
		},
		options: {
			...base,
			indexAxis: 'y',
			scales: {
				x: {
					beginAtZero: true,
					afterDataLimits: fitEndLabels(
						(narrow) =>
							rows.map((r) => (narrow ? marker(r.marker) : `${marker(r.marker)} ${r.stated}`)),
						rows.map((r) => r.value),
						`12px ${theme.font}`
					),
					grid: { color: theme.grid },
					ticks: {
						color: theme.muted,
						font: { family: theme.font },
						maxTicksLimit: 6,
						callback: (v) => count.format(Number(v))
					}
				},
				y: { grid: { display: false }, ticks: categoryTicks(rows, theme.text) }
			},
			plugins: {
				...base.plugins,
				tooltip: rowTooltip(rows, (r) => r.shown),
				annotation: {
					annotations: Object.fromEntries(
						rows.map((r, i) => [
							`fig:${r.figureId}`,
							barEndLabel(
								r.value,
								i,
								(narrow) => (narrow ? marker(r.marker) : `${marker(r.marker)} ${r.stated}`),
								theme
							)
						])
					)
				}
			}
		}
	};
	return {
		id: 'quantity',
		title: 'Quantities in the article',
		subtitle: 'Counts as stated; vague amounts at their lower bound',
		notes: [],
		sources: [],
		rows,
		elements: [rows.map((r) => r.figureId)],
		aliases: {},
		annotations: Object.fromEntries(rows.map((r) => [`fig:${r.figureId}`, r.figureId!])),
		config,
		size: rows.length > 4 ? 'tall' : rows.length > 1 ? 'medium' : 'short'
	};
}
