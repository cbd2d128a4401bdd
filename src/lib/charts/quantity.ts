/**
 * Quantities: one horizontal bar per counted thing ("14 artillery systems"), annotated with the
 * figure as stated. Vague amounts are charted at their lower bound and say so. Pure.
 */
import { getNumberFormat } from '$lib/currency/intl';
import type { Figure, Sentence } from '$lib/figures/model';
import { horizontalBars } from './bars';
import { marker, quoted } from './common';
import { checkOf, type ChartRow, type ChartSpec } from './spec';
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
				stated: quoted(f),
				shown: `${vague ? 'at least ' : ''}${count.format(f.value)}${f.unit ? ` ${f.unit}` : ''}`,
				value: f.value,
				unit: f.unit ?? 'count',
				rate: null,
				sentence: f.sentence,
				sentenceText: input.sentences[f.sentence]?.text ?? '',
				...checkOf(f)
			};
		});
	const config = horizontalBars({
		rows,
		theme,
		label: 'Count',
		color: () => theme.quantity,
		endLabel: (r, narrow) => (narrow ? marker(r.marker) : `${marker(r.marker)} ${r.stated}`),
		tick: (v) => count.format(v),
		tooltip: (r) => r.shown,
		maxTicks: 6
	});
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
