/**
 * The percentage chart: the article's percentages as bars, set against reference values the
 * editorial notes name (where the ratio stood, with its source), and a guideline drawn as an
 * annotation line. Pure.
 */
import { getNumberFormat } from '$lib/currency/intl';
import type { Figure, Sentence } from '$lib/figures/model';
import type { ReferencePoint } from '$lib/reference/model';
import { horizontalBars } from './bars';
import { marker, quoted } from './common';
import { besideLine } from './end-labels';
import { checkOf, type ChartRow, type ChartSpec } from './spec';
import type { ChartTheme } from './theme';

export interface PercentChartInput {
	figures: Figure[];
	sentences: Sentence[];
	context: ReferencePoint[];
	guideline: ReferencePoint | null;
	theme: ChartTheme;
}

const pct = (v: number) => `${getNumberFormat('en', { maximumSignificantDigits: 3 }).format(v)}%`;

export function buildPercentChart(input: PercentChartInput): ChartSpec {
	const { theme } = input;
	const figures = input.figures.filter((f) => f.kind === 'percent');
	const rows: ChartRow[] = [
		...input.context.map((c) => ({
			figureId: null,
			marker: 0,
			label: c.label,
			stated: `${pct(c.value)} (${c.period})`,
			shown: pct(c.value),
			value: c.value,
			unit: '%',
			rate: null,
			sentence: -1,
			sentenceText: '',
			reference: { source: c.source, verification: c.verification }
		})),
		...figures.map((f) => ({
			figureId: f.id,
			marker: 0,
			label: f.label,
			stated: `${quoted(f)}${f.unit ? ` of ${f.unit}` : ''}`,
			shown: f.points ? `${pct(f.value).slice(0, -1)} percentage points` : pct(f.value),
			value: f.value,
			unit: f.points ? 'percentage points' : '%',
			rate: null,
			sentence: f.sentence,
			sentenceText: input.sentences[f.sentence]?.text ?? '',
			...checkOf(f)
		}))
	];
	rows.forEach((r, i) => (r.marker = i + 1));
	const max = Math.max(0, ...rows.map((r) => r.value), input.guideline?.value ?? 0);
	// The guideline crosses the bars; end labels start after it rather than cover it, and its own
	// label sits beside its top, in the room `paddingTop` keeps above the bars.
	const under: Record<string, object> = {};
	if (input.guideline) {
		const content = `${input.guideline.label}: ${pct(input.guideline.value)}`;
		under.guideline = {
			type: 'line',
			scaleID: 'x',
			value: input.guideline.value,
			borderColor: theme.guideline,
			borderWidth: 2,
			borderDash: [6, 4],
			label: {
				display: true,
				content,
				position: 'start',
				...besideLine(input.guideline.value, content, 11, theme.font),
				backgroundColor: theme.background,
				color: theme.guideline,
				font: { size: 11, family: theme.font }
			}
		};
	}
	const config = horizontalBars({
		rows,
		theme,
		label: 'Percent',
		color: (r) => (r.figureId ? theme.percent : theme.reference),
		endLabel: (r) => `${marker(r.marker)} ${r.shown}`,
		tick: pct,
		tooltip: (r) => `${r.shown} (${r.reference ? r.reference.source : `article: ${r.stated}`})`,
		suggestedMax: max * 1.1,
		under,
		lines: input.guideline ? [input.guideline.value] : [],
		// Annotations may leave the plot, so the guideline's label can sit in the padding above it.
		unclipped: Boolean(input.guideline),
		paddingTop: 28
	});
	const sources = [
		...new Set(
			[...input.context, ...(input.guideline ? [input.guideline] : [])].map((c) => c.source)
		)
	];
	return {
		id: 'percent',
		title: 'Percentages in the article',
		subtitle: rows.some((r) => r.reference)
			? 'The article’s figures (coloured) against reference data (grey)'
			: 'As stated in the article',
		notes: [],
		sources,
		rows,
		elements: [rows.map((r) => r.figureId)],
		aliases: {},
		annotations: Object.fromEntries(
			rows.flatMap((r) => (r.figureId ? [[`fig:${r.figureId}`, r.figureId]] : []))
		),
		config,
		size: rows.length > 4 ? 'tall' : 'medium'
	};
}
