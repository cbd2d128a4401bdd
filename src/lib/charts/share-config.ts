/**
 * The share chart's Chart.js configuration: SIPRI's line, the government's diamonds, the target and
 * the dashed rise to it, each series named at its latest point, and the guideline as a dashed line.
 * Pure.
 */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { ReferencePoint } from '$lib/reference/model';
import { percent } from '$lib/reference/format';
import type { RatioPoint, ShareOfGdpPath } from '$lib/reference/series/share';
import type { Figure } from '$lib/figures/model';
import { baseOptions, isNarrow, quoteLines } from './common';
import { shareLabels } from './share-labels';
import type { ChartRow } from './spec';
import type { ChartTheme } from './theme';

/** One dataset's points, each with its table row: SIPRI, the government's measure, the target. */
export type ShareGroup = { p: RatioPoint; r: ChartRow }[];

export interface ShareConfigInput {
	path: ShareOfGdpPath;
	groups: ShareGroup[];
	guideline: ReferencePoint | null;
	/** The article's figure for the target, or null. */
	fig: Figure | null;
	theme: ChartTheme;
}

type Hook = { chart: { width: number } };

export function shareConfig(input: ShareConfigInput): ChartConfiguration {
	const { path, groups, guideline, fig, theme } = input;
	const target = path.target ? [path.target] : [];
	const rowAt = (item: TooltipItem<'scatter'>) => groups[item.datasetIndex]?.[item.dataIndex]?.r;
	const xy = (p: RatioPoint) => ({ x: p.year, y: p.pct });
	const years = groups.flat().map(({ p }) => p.year);
	const [min, max] = [Math.min(...years) - 1, Math.max(...years) + 1];
	const tick = { color: theme.muted, font: { family: theme.font, size: 12 } };
	const annotations = shareLabels(input);
	// The rise the target still needs, from the latest ratio: dashed and thin, as it is not data.
	const from = path.government.at(-1) ?? path.sipri.at(-1);
	const rise = from && path.target ? [xy(from), xy(path.target)] : [];
	const linked = fig ? theme.percent : theme.reference;
	const base = baseOptions(theme);
	const config: ChartConfiguration = {
		type: 'scatter',
		data: {
			datasets: [
				{
					label: 'SIPRI, calendar years',
					data: path.sipri.map(xy),
					showLine: true,
					borderColor: theme.reference,
					backgroundColor: theme.reference,
					borderWidth: 2,
					pointRadius: 3
				},
				{
					label: 'Government measure, fiscal years',
					data: path.government.map(xy),
					pointStyle: 'rectRot',
					pointRadius: 6,
					borderWidth: 2,
					borderColor: theme.muted,
					backgroundColor: theme.background
				},
				{
					label: 'Target',
					data: target.map(xy),
					...{ pointRadius: 7, pointHoverRadius: 9, backgroundColor: linked, borderColor: linked }
				},
				{
					label: 'Path to the target',
					data: rise,
					showLine: true,
					...{ borderColor: theme.muted, borderWidth: 1, borderDash: [3, 3], pointRadius: 0 }
				}
			]
		},
		options: {
			...base,
			layout: { padding: { top: 16, right: 24, bottom: 4, left: 4 } },
			scales: {
				x: {
					...{ type: 'linear', min, max, grid: { color: theme.grid } },
					ticks: {
						...{ ...tick, stepSize: 1 },
						callback(this: Hook, v: string | number) {
							const y = Number(v);
							if (!Number.isInteger(y)) return '';
							return isNarrow(this) ? `’${String(y).slice(-2)}` : String(y);
						}
					}
				},
				y: {
					...{ beginAtZero: true, suggestedMax: Math.max(2, guideline?.value ?? 0) * 1.2 },
					grid: { color: theme.grid },
					ticks: { ...tick, callback: (v) => percent(Number(v)) }
				}
			},
			plugins: {
				...base.plugins,
				tooltip: {
					filter: (item) => item.datasetIndex < groups.length,
					callbacks: {
						title: (items) => rowAt(items[0] as TooltipItem<'scatter'>)?.label ?? '',
						label: (item) => {
							const r = rowAt(item as TooltipItem<'scatter'>);
							return r ? [r.shown, `${r.reference?.source} (${r.reference?.verification})`] : '';
						},
						afterBody: (items) => {
							const r = rowAt(items[0] as TooltipItem<'scatter'>);
							return r?.figureId ? quoteLines(r.sentenceText) : [];
						}
					}
				},
				annotation: { annotations }
			}
		}
	};
	return config;
}
