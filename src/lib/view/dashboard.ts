/**
 * From page data and dashboard state to what the page draws: the visible figures, their conversions
 * and one ChartSpec per chart that has something to show. Pure, so it is unit-tested as data and
 * runs the same for built-in and pasted articles. A chart whose builder input did not change since a
 * recent build comes back as the same object (./reuse), so the page redraws only what changed.
 */
import { resolveConversions, type ResolvedConversion } from '$lib/currency/basis';
import { buildBudgetChart } from '$lib/charts/budget';
import { buildIndustryChart } from '$lib/charts/industry';
import { buildShareChart } from '$lib/charts/share';
import type { Figure } from '$lib/figures/model';
import { buildMoneyChart, type Scale } from '$lib/charts/money';
import { buildPercentChart } from '$lib/charts/percent';
import { buildQuantityChart } from '$lib/charts/quantity';
import type { ChartSpec } from '$lib/charts/spec';
import { buildTimelineChart } from '$lib/charts/timeline';
import type { ChartTheme } from '$lib/charts/theme';
import type { PageData } from '$lib/page/model';
import type { DashboardState } from '$lib/state/url';
import { shorten } from '$lib/charts/common';
import { applyEdits } from '$lib/edits/apply';
import { EMPTY_EDITS, mergeEdits, type Edits } from '$lib/edits/model';
import type { TimelineEvent } from '$lib/notes/apply';
import { CHART_LABEL_MAX, editableFigures, editedSpec } from './edited';
import { typeKeyOf } from './kinds';
import { reusing } from './reuse';

/** Each builder keeps its last results, so a chart whose input did not change keeps its spec. */
const build = {
	money: reusing(buildMoneyChart),
	percent: reusing(buildPercentChart),
	timeline: reusing(buildTimelineChart),
	quantity: reusing(buildQuantityChart),
	budget: reusing(buildBudgetChart),
	industry: reusing(buildIndustryChart),
	share: reusing(buildShareChart)
};

export interface DashboardView {
	/** The figures of the chosen types, as edited (corrected and relabelled), hidden ones too. */
	figures: Figure[];
	conversions: ResolvedConversion[];
	charts: ChartSpec[];
	/** Figure id → the chart whose element carries its `fig-<id>` anchor. */
	owners: Record<string, ChartSpec['id']>;
	/** Chart id → the figures "Edit chart" lists, in row order, hidden ones too. */
	editable: Partial<Record<ChartSpec['id'], { id: string; marker: number }[]>>;
	/** Chart id → the title and subtitle its builder gave it, before any edit. */
	automatic: Partial<Record<ChartSpec['id'], { title: string; subtitle: string }>>;
	/** Edits that could not apply, for the notice area. */
	problems: string[];
}

export function visibleFigures(figures: Figure[], state: DashboardState): Figure[] {
	return figures.filter((f) => state.types.includes(typeKeyOf(f.kind)));
}

interface ChartInput {
	data: PageData;
	state: DashboardState;
	theme: ChartTheme;
	scale: Scale;
	/** Every figure, for the rates an article states in its pairs. */
	all: Figure[];
	events: TimelineEvent[];
}

function buildCharts(figures: Figure[], { data, state, theme, scale, all, events }: ChartInput) {
	const conversions = resolveConversions(state.rate, state.currency, {
		published: data.ratesOn,
		table: data.rates,
		// Stated rates come from every pair and rate line in the article, even when money is hidden.
		figures: all,
		statedRates: data.statedRates
	}).filter((c) => figures.some((f) => f.id === c.figureId));
	const charts: ChartSpec[] = [];
	const has = (kind: Figure['kind']) => figures.some((f) => f.kind === kind);
	const common = { sentences: data.sentences, theme };
	if (has('money')) {
		charts.push(build.money({ ...common, figures, conversions, currency: state.currency, scale }));
	}
	if (has('percent')) {
		charts.push(
			build.percent({ ...common, figures, context: data.context, guideline: data.guideline })
		);
	}
	if (has('year') || has('date')) {
		const shown = state.types.includes('dates') ? events : [];
		charts.push(build.timeline({ ...common, figures, events: shown }));
	}
	if (has('quantity')) charts.push(build.quantity({ ...common, figures }));
	// Reference charts follow the type of what they measure: money for budgets and revenues.
	const { series } = data;
	const at = {
		currency: state.currency,
		rates: data.rates,
		published: data.ratesOn
	};
	if (state.types.includes('money') && series.budget) {
		charts.push(build.budget({ ...common, ...at, figures, points: series.budget }));
	}
	if (state.types.includes('money') && series.industry) {
		charts.push(build.industry({ ...common, ...at, figures, rows: series.industry }));
	}
	if (state.types.includes('percent') && series.share) {
		charts.push(build.share({ ...common, figures, path: series.share, guideline: data.guideline }));
	}
	return { conversions, charts };
}

/**
 * The page as drawn: the notes' edits and then the reader's (`edits`, from "Edit chart", storage
 * or the link) applied, the type filters, the charts. Hidden figures are left out of the drawing
 * and listed in each table from a second build that keeps them.
 */
export function buildDashboard(
	data: PageData,
	state: DashboardState,
	theme: ChartTheme,
	scale: Scale,
	edits: Edits = EMPTY_EDITS
): DashboardView {
	const applied = applyEdits(data, mergeEdits(data.edits, edits));
	const figures = visibleFigures(applied.figures, state);
	// Charts draw labels cut short; the tables put the whole ones back.
	const whole = new Map(
		figures.filter((f) => f.label.length > CHART_LABEL_MAX).map((f) => [f.id, f.label])
	);
	const cut = figures.map((f) =>
		whole.has(f.id) ? { ...f, label: shorten(f.label, CHART_LABEL_MAX) } : f
	);
	const input = { data, state, theme, scale, all: applied.figures, events: applied.events };
	const drawn = buildCharts(
		cut.filter((f) => !applied.hidden.has(f.id)),
		input
	);
	const full = applied.hidden.size ? buildCharts(cut, input) : drawn;
	const problems = [...applied.problems];
	for (const spec of full.charts) {
		if (!drawn.charts.some((c) => c.id === spec.id)) {
			problems.push(
				`Every figure of the chart “${spec.title}” is hidden, so it is not drawn; “Reset edits” or a link without edits brings it back.`
			);
		}
	}
	const charts = drawn.charts.map((spec) =>
		editedSpec(spec, full.charts.find((c) => c.id === spec.id) ?? spec, applied, whole)
	);
	const editable = Object.fromEntries(full.charts.map((c) => [c.id, editableFigures(c)]));
	return {
		figures,
		conversions: drawn.conversions,
		charts,
		owners: anchorOwners(charts),
		editable,
		automatic: Object.fromEntries(
			full.charts.map((c) => [c.id, { title: c.title, subtitle: c.subtitle }])
		),
		problems
	};
}

/**
 * Which chart anchors each figure (`#fig-<id>`): the first that draws it. A figure can appear in the
 * article's own chart and in a reference chart, but an id can only be on one element.
 */
export function anchorOwners(charts: ChartSpec[]): Record<string, ChartSpec['id']> {
	const owners: Record<string, ChartSpec['id']> = {};
	for (const chart of charts) {
		const ids = [
			...chart.rows.flatMap((r) => (r.figureId ? [r.figureId] : [])),
			...Object.keys(chart.aliases)
		];
		for (const id of ids) owners[id] ??= chart.id;
	}
	return owners;
}
