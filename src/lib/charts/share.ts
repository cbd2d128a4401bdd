/**
 * The share-of-GDP chart: Japan's military spending as a percent of GDP on its path to the 2%
 * target. SIPRI's calendar-year series is a grey line, the government's own fiscal-year measure
 * distinct points (the two measure different things and are never joined), the target a coloured
 * point linked to the article's "two percent" figure, and the guideline a dashed annotation line.
 * A linear axis in years, as the timeline uses, so no date adapter ships. Pure.
 */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { percent } from '$lib/claims/format';
import type { RatioPoint, ShareOfGdpPath } from '$lib/claims/series';
import type { Figure, Sentence } from '$lib/figures/model';
import { baseOptions, isNarrow, marker, quoteLines } from './common';
import type { ReferencePoint } from './percent';
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
 * The article's figures for the target. Rule: the percent figure whose value equals the target's
 * (to 0.05 points) is the target; a year figure in its sentence equal to the target year is an alias.
 */
export function articleTarget(target: RatioPoint, figures: Figure[]) {
	const pct = figures.find((f) => f.kind === 'percent' && Math.abs(f.value - target.pct) < 0.05);
	const year = pct
		? figures.find((f) => f.kind === 'year' && f.sentence === pct.sentence && f.value === target.year)
		: undefined;
	return { pct: pct ?? null, year: year ?? null };
}

export function buildShareChart(input: ShareChartInput): ChartSpec {
	const { path, theme, guideline } = input;
	const ref = (p: RatioPoint, label: string): ChartRow => ({
		...{ figureId: null, marker: 0, label, stated: `${percent(p.pct)} (${p.period})` },
		...{ shown: percent(p.pct), value: p.pct, unit: '%', rate: null, sentence: -1 },
		...{ sentenceText: '', reference: { source: p.source, verification: p.verification } }
	});
	const linked = path.target ? articleTarget(path.target, input.figures) : { pct: null, year: null };
	const fig = linked.pct;
	const groups: [RatioPoint[], ChartRow[]][] = [
		[path.sipri, path.sipri.map((p) => ref(p, `Japan, ${p.period} (SIPRI)`))],
		[path.government, path.government.map((p) => ref(p, `Japan, ${p.period} (government measure)`))],
		[
			path.target ? [path.target] : [],
			path.target
				? [
						{
							...ref(path.target, `Target: ${percent(path.target.pct)} of GDP by ${path.target.period}`),
							figureId: fig?.id ?? null,
							stated: fig ? `${fig.exact}${linked.year ? ` by ${linked.year.exact}` : ''}` : percent(path.target.pct),
							sentence: fig?.sentence ?? -1,
							sentenceText: fig ? (input.sentences[fig.sentence]?.text ?? '') : ''
						}
					]
				: []
		]
	];
	const rows = groups.flatMap(([, r]) => r);
	rows.forEach((r, i) => (r.marker = i + 1));
	const rowAt = (item: TooltipItem<'scatter'>) => groups[item.datasetIndex]?.[1][item.dataIndex];
	const xy = (p: RatioPoint) => ({ x: p.year, y: p.pct });
	const years = [...path.sipri, ...path.government, ...(path.target ? [path.target] : [])].map((p) => p.year);
	const min = Math.min(...years) - 1;
	const max = Math.max(...years) + 1;
	const tick = { color: theme.muted, font: { family: theme.font, size: 12 } };
	const annotations: Record<string, object> = {};
	const label = (p: RatioPoint, row: ChartRow | undefined, below: boolean, text: string) => ({
		type: 'label',
		...{ xValue: p.year, yValue: p.pct, position: { x: 'end', y: below ? 'start' : 'end' } },
		...{ xAdjust: -8, yAdjust: below ? 8 : -8, color: theme.text, font: { size: 11, family: theme.font } },
		content: (ctx: { chart: { width: number } }) =>
			isNarrow(ctx) ? marker(row?.marker ?? 0) : `${marker(row?.marker ?? 0)} ${text}`
	});
	const lastSipri = path.sipri.at(-1);
	const lastGov = path.government.at(-1);
	if (lastSipri) {
		const row = rows[path.sipri.length - 1];
		annotations['ref:sipri'] = label(lastSipri, row, true, `SIPRI ${lastSipri.period}: ${row?.shown}`);
	}
	if (lastGov) {
		const row = rows[path.sipri.length + path.government.length - 1];
		annotations['ref:government'] = label(lastGov, row, false, `Government ${lastGov.period}: ${row?.shown}`);
	}
	const targetRow = rows.at(-1);
	if (path.target && targetRow) {
		const text = fig ? `Article: ${targetRow.stated}` : targetRow.label;
		annotations[fig ? `fig:${fig.id}` : 'ref:target'] = label(path.target, targetRow, false, text);
	}
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
	// The rise the target still needs, from the latest government figure: dashed, as it is not data.
	const from = lastGov ?? lastSipri;
	const base = baseOptions(theme);
	const config: ChartConfiguration = {
		type: 'scatter',
		data: {
			datasets: [
				{
					label: 'SIPRI, calendar years',
					data: path.sipri.map(xy),
					showLine: true,
					...{ borderColor: theme.reference, backgroundColor: theme.reference, borderWidth: 2 },
					pointRadius: 3
				},
				{
					label: 'Government measure, fiscal years',
					data: path.government.map(xy),
					...{ pointStyle: 'rectRot', pointRadius: 6, borderWidth: 2 },
					...{ borderColor: theme.muted, backgroundColor: theme.background }
				},
				{
					label: 'Target',
					data: path.target ? [xy(path.target)] : [],
					...{ pointRadius: 7, pointHoverRadius: 9 },
					...{ backgroundColor: fig ? theme.percent : theme.reference, borderColor: fig ? theme.percent : theme.reference }
				},
				{
					label: 'Path to the target',
					data: from && path.target ? [xy(from), xy(path.target)] : [],
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
						...tick,
						stepSize: 1,
						// Whole years only; "’23" on a phone.
						callback(this: { chart: { width: number } }, v: string | number) {
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
					filter: (item) => item.datasetIndex < 3,
					callbacks: {
						title: (items) => (items[0] ? (rowAt(items[0] as TooltipItem<'scatter'>)?.label ?? '') : ''),
						label: (item) => {
							const r = rowAt(item as TooltipItem<'scatter'>);
							return r ? [r.shown, `${r.reference?.source} (${r.reference?.verification})`] : '';
						},
						afterBody: (items) => {
							const r = items[0] && rowAt(items[0] as TooltipItem<'scatter'>);
							return r?.figureId ? quoteLines(r.sentenceText) : [];
						}
					}
				},
				annotation: { annotations }
			}
		}
	};
	const sources = [...path.sipri, ...path.government, ...(path.target ? [path.target] : []), ...(guideline ? [guideline] : [])].map((p) => p.source);
	return {
		id: 'share',
		title: 'Japan’s defence spending as a share of GDP, on the path to 2%',
		subtitle: 'Percent of GDP: SIPRI (calendar years, line) and the government’s measure (fiscal years, diamonds)',
		notes: [
			'SIPRI and the government measure different things: the government counts defence and related spending against FY2022 GDP, so its ratios run higher.'
		],
		sources: [...new Set(sources)],
		rows,
		elements: [path.sipri.map(() => null), path.government.map(() => null), path.target ? [fig?.id ?? null] : [], from && path.target ? [null, null] : []],
		aliases: fig && linked.year ? { [linked.year.id]: fig.id } : {},
		annotations: fig ? { [`fig:${fig.id}`]: fig.id } : {},
		config,
		size: 'medium'
	};
}
