/**
 * The share-of-GDP chart: Japan's military spending as a percent of GDP on its path to the 2%
 * target. SIPRI's calendar-year series is a grey line, the government's fiscal-year measure
 * separate diamonds (the two measure different things, so they are never joined), the target a
 * coloured point linked to the article's "two percent", and the guideline a dashed annotation line.
 * A linear axis in years, as the timeline uses, so no date adapter ships. Pure.
 */
import { percent } from '$lib/reference/format';
import type { RatioPoint, ShareOfGdpPath } from '$lib/reference/series/share';
import type { Figure, Sentence } from '$lib/figures/model';
import { shareConfig, type ShareGroup } from './share-config';
import type { ReferencePoint } from '$lib/reference/model';
import type { ChartRow, ChartSpec } from './spec';
import type { ChartTheme } from './theme';
import { quoted } from './common';

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
	const groups: ShareGroup[] = [
		path.sipri.map((p) => ({ p, r: row(p, `Japan, ${p.period} (SIPRI)`) })),
		path.government.map((p) => ({ p, r: row(p, `Japan, ${p.period} (government measure)`) })),
		target.map((p) => ({
			p,
			r: {
				...row(p, `Target: ${percent(p.pct)} of GDP by ${p.period}`),
				...(fig && {
					figureId: fig.id,
					stated: `${quoted(fig)}${year ? ` by ${quoted(year)}` : ''}`,
					sentence: fig.sentence,
					sentenceText: input.sentences[fig.sentence]?.text ?? ''
				})
			}
		}))
	];
	const rows = groups.flat().map(({ r }, i) => Object.assign(r, { marker: i + 1 }));
	const config = shareConfig({ path, groups, guideline, fig, theme });
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
		// The fourth dataset is the dashed rise to the target: no figure behind it.
		elements: [...groups.map((g) => g.map(({ r }) => r.figureId)), []],
		aliases: fig && year ? { [year.id]: fig.id } : {},
		annotations: fig ? { [`fig:${fig.id}`]: fig.id } : {},
		config,
		size: 'medium'
	};
}
