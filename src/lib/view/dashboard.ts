/**
 * From page data and dashboard state to what the page draws: the visible figures, their conversions
 * and one ChartSpec per chart that has something to show. Pure, so it is unit-tested as data and
 * runs the same for built-in and pasted articles.
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
import { typeKeyOf } from './kinds';

export interface DashboardView {
	figures: Figure[];
	conversions: ResolvedConversion[];
	charts: ChartSpec[];
	/** Figure id → the chart whose element carries its `fig-<id>` anchor. */
	owners: Record<string, ChartSpec['id']>;
}

export function visibleFigures(figures: Figure[], state: DashboardState): Figure[] {
	return figures.filter((f) => state.types.includes(typeKeyOf(f.kind)));
}

export function buildDashboard(
	data: PageData,
	state: DashboardState,
	theme: ChartTheme,
	scale: Scale
): DashboardView {
	const figures = visibleFigures(data.figures, state);
	const conversions = resolveConversions(state.rate, state.currency, {
		published: data.ratesOn,
		table: data.rates,
		// Stated rates come from every pair and rate line in the article, even when money is hidden.
		figures: data.figures,
		statedRates: data.statedRates
	}).filter((c) => figures.some((f) => f.id === c.figureId));
	const charts: ChartSpec[] = [];
	const has = (kind: Figure['kind']) => figures.some((f) => f.kind === kind);
	const common = { sentences: data.sentences, theme };
	if (has('money')) {
		charts.push(
			buildMoneyChart({ ...common, figures, conversions, currency: state.currency, scale })
		);
	}
	if (has('percent')) {
		charts.push(
			buildPercentChart({ ...common, figures, context: data.context, guideline: data.guideline })
		);
	}
	if (has('year') || has('date')) {
		const events = state.types.includes('dates') ? data.events : [];
		charts.push(buildTimelineChart({ ...common, figures, events }));
	}
	if (has('quantity')) charts.push(buildQuantityChart({ ...common, figures }));
	// Reference charts follow the type of what they measure: money for budgets and revenues.
	const { series } = data;
	const at = {
		currency: state.currency,
		rates: data.rates,
		published: data.ratesOn
	};
	if (state.types.includes('money') && series.budget) {
		charts.push(buildBudgetChart({ ...common, ...at, figures, points: series.budget }));
	}
	if (state.types.includes('money') && series.industry) {
		charts.push(buildIndustryChart({ ...common, ...at, figures, rows: series.industry }));
	}
	if (state.types.includes('percent') && series.share) {
		charts.push(
			buildShareChart({ ...common, figures, path: series.share, guideline: data.guideline })
		);
	}
	return { figures, conversions, charts, owners: anchorOwners(charts) };
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
