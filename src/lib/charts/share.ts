/**
 * The share-of-GDP chart: Japan's military spending as a percent of GDP on its path to the 2%
 * target. SIPRI's calendar-year series is a grey line, the government's fiscal-year measure
 * separate diamonds (the two measure different things, so they are never joined), the target a
 * coloured point linked to the article's "two percent", and the guideline a dashed annotation line.
 * A linear axis in years, as the timeline uses, so no date adapter ships. Pure.
 */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { percent } from '$lib/reference/format';
import type { RatioPoint, ShareOfGdpPath } from '$lib/reference/series/share';
import type { Figure, Sentence } from '$lib/figures/model';
import { baseOptions, isNarrow, marker, quoteLines } from './common';
import type { ReferencePoint } from '$lib/reference/model';
import type { ChartRow, ChartSpec } from './spec';
import type { ChartTheme } from './theme';

export interface ShareChartInput {
	path: ShareOfGdpPath;
	figures: Figure[];
	sentences: Sentence[];
	/** NATO's 2% guideline (the page data's `guideline`), or null to draw none. */
	guideline: ReferencePoint | null;
	theme: ChartTheme;
}

/**
 * The article's figures for the target. Rule: the percent figure equal to the target's value (to
 * 0.05 points) is the target; a year figure in its sentence equal to the target year is an alias.
 */
export function articleTarget(target: RatioPoint | null, figures: Figure[]) {
	const pct = figures.find(
		(f) => f.kind === 'percent' && Math.abs(f.value - (target?.pct ?? NaN)) < 0.05
	);
	const year = figures.find(
		(f) => f.kind === 'year' && f.sentence === pct?.sentence && f.value === target?.year
	);
	return { pct: pct ?? null, year: year ?? null };
}

type Hook = { chart: { width: number } };

export function buildShareChart(input: ShareChartInput): ChartSpec {
	const { path, theme, guideline } = input;
	const { pct: fig, year } = articleTarget(path.target, input.figures);
	const row = (p: RatioPoint, label: string): ChartRow => ({
		...{ figureId: null, marker: 0, label, stated: `${percent(p.pct)} (${p.period})` },
		...{ shown: percent(p.pct), value: p.pct, unit: '%', rate: null, sentence: -1 },
		...{ sentenceText: '', reference: { source: p.source, verification: p.verification } }
	});
	const target = path.target ? [path.target] : [];
	// One group per dataset, so [datasetIndex][dataIndex] finds a row, and markers run in this order.
	const groups = [
		path.sipri.map((p) => ({ p, r: row(p, `Japan, ${p.period} (SIPRI)`) })),
		path.government.map((p) => ({ p, r: row(p, `Japan, ${p.period} (government measure)`) })),
		target.map((p) => ({
			p,
			r: {
				...row(p, `Target: ${percent(p.pct)} of GDP by ${p.period}`),
				...(fig && {
					figureId: fig.id,
					stated: `${fig.exact}${year ? ` by ${year.exact}` : ''}`,
					sentence: fig.sentence,
					sentenceText: input.sentences[fig.sentence]?.text ?? ''
				})
			}
		}))
	];
	const rows = groups.flat().map(({ r }, i) => Object.assign(r, { marker: i + 1 }));
	const rowAt = (item: TooltipItem<'scatter'>) => groups[item.datasetIndex]?.[item.dataIndex]?.r;
	const xy = (p: RatioPoint) => ({ x: p.year, y: p.pct });
	const years = groups.flat().map(({ p }) => p.year);
	const [min, max] = [Math.min(...years) - 1, Math.max(...years) + 1];
	const tick = { color: theme.muted, font: { family: theme.font, size: 12 } };
	const annotations: Record<string, object> = {};
	// The guideline goes in first: annotations draw in order, so value labels sit on top of it.
	if (guideline) {
		annotations.guideline = {
			type: 'line',
			...{ scaleID: 'y', value: guideline.value, borderColor: theme.guideline, borderWidth: 2 },
			borderDash: [6, 4],
			label: {
				...{ display: true, content: `${guideline.label}: ${percent(guideline.value)}` },
				...{ position: 'start', backgroundColor: theme.background, color: theme.guideline },
				font: { size: 11, family: theme.font }
			}
		};
	}
	// Each series is named at its latest point (no legend); the target's label links to the article.
	const labels = [
		['ref:sipri', 'SIPRI', true],
		['ref:government', 'Government', false],
		[fig ? `fig:${fig.id}` : 'ref:target', fig ? 'Article:' : 'Target', false]
	] as const;
	labels.forEach(([id, name, below], g) => {
		const last = groups[g]?.at(-1);
		if (!last) return;
		const text =
			g === 2 && fig ? `${name} ${last.r.stated}` : `${name} ${last.p.period}: ${last.r.shown}`;
		annotations[id] = {
			type: 'label',
			...{ xValue: last.p.year, yValue: last.p.pct, xAdjust: -8, yAdjust: below ? 8 : -8 },
			position: { x: 'end', y: below ? 'start' : 'end' },
			content: (ctx: Hook) =>
				isNarrow(ctx) ? marker(last.r.marker) : `${marker(last.r.marker)} ${text}`,
			...{
				color: theme.text,
				backgroundColor: theme.background,
				font: { size: 11, family: theme.font }
			}
		};
	});
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
	const sources = [
		...groups.flat().map(({ p }) => p.source),
		...(guideline ? [guideline.source] : [])
	];
	return {
		id: 'share',
		title: `Japan’s defence spending as % of GDP${path.target ? `, and the ${percent(path.target.pct)} goal` : ''}`,
		subtitle:
			'Percent of GDP: SIPRI (calendar years, line) and the government’s measure (fiscal years, diamonds)',
		notes: path.government.length
			? [
					'SIPRI and the government count different spending over different years, so the two are not joined.'
				]
			: [],
		sources: [...new Set(sources)],
		rows,
		elements: [...groups.map((g) => g.map(({ r }) => r.figureId)), rise.map(() => null)],
		aliases: fig && year ? { [year.id]: fig.id } : {},
		annotations: fig ? { [`fig:${fig.id}`]: fig.id } : {},
		config,
		size: 'medium'
	};
}
