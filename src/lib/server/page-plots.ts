/**
 * Build time only: every chart of a page drawn as SVG, at each of the page's plot widths, so the
 * prerendered HTML paints its charts with the text and shows them with scripts off. The same page
 * data, state and chart builders as the live dashboard, drawn by the same Chart.js as the exports.
 * Each bar, point and annotation of a figure is a link to its sentence (`#s-<n>`), for readers
 * without scripts; the live chart replaces the drawing once it has drawn (see Chart.svelte).
 */
import type { ChartSpec } from '$lib/charts/spec';
import { nodeEnv } from '$lib/export/node';
import { renderPlot, type PlotHit } from '$lib/export/plot';
import { serializeNode } from '$lib/export/svg-dom';
import { compact, slimPlot, tokenClasses } from '$lib/export/svg-passes';
import { CHART_COLORS, CHART_HEIGHTS, COLORS, PLOT_WIDTHS } from '$lib/theme/tokens';
import type { DashboardView } from '$lib/view/dashboard';

const TOKENS = new Map<string, string>(CHART_COLORS.map((name) => [COLORS.light[name], name]));

/** The sentence a figure's element links to: its own row's, or the row of the pair it is drawn by. */
function sentenceOf(spec: ChartSpec, figureId: string): number {
	const id = spec.aliases[figureId] ?? figureId;
	return spec.rows.find((r) => r.figureId === id)?.sentence ?? -1;
}

/**
 * Where a sentence link points: `#s-<n>` on the article's own page; an embed, which has no text,
 * opens the article's page at that sentence in a new tab.
 */
export interface PlotLinks {
	page: string;
	target?: '_blank';
}

function links(spec: ChartSpec, hits: PlotHit[], to: PlotLinks): string {
	return hits
		.map(({ figureId, box }) => {
			const s = sentenceOf(spec, figureId);
			if (s < 0) return '';
			const r = (n: number) => Math.round(n * 10) / 10;
			const target = to.target ? ` target="${to.target}"` : '';
			return `<a href="${to.page}#s-${s}"${target} tabindex="-1"><rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.width)}" height="${r(box.height)}" fill="transparent"/></a>`;
		})
		.join('');
}

function plotMarkup(spec: ChartSpec, to: PlotLinks): string {
	const height = CHART_HEIGHTS[spec.size];
	return PLOT_WIDTHS.map(({ name, width }) => {
		const { svg, hits } = renderPlot(nodeEnv(), spec, width, height);
		tokenClasses(svg, TOKENS);
		slimPlot(svg);
		compact(svg, `p-${spec.id}-${name}`);
		svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
		svg.setAttribute('preserveAspectRatio', 'none');
		svg.setAttribute('class', `df-plot-${name}`);
		svg.setAttribute('aria-hidden', 'true');
		svg.setAttribute('focusable', 'false');
		for (const attr of ['width', 'height', 'version', 'xmlns:xlink']) {
			(svg as unknown as { removeAttribute(a: string): void }).removeAttribute(attr);
		}
		const xml = serializeNode(svg);
		return xml.replace(/<\/svg>$/, `${links(spec, hits, to)}</svg>`);
	}).join('');
}

/**
 * Chart id → the drawings that fill its `.df-plot` slot in the prerendered page, from the page's
 * default view (`published(slug).view`, built once per article). `only` draws one chart: an embed
 * page shows one, and drawing all seven for each of an article's seven embeds was most of the
 * build's time per article.
 */
export function pagePlots(
	view: Pick<DashboardView, 'charts'>,
	to: PlotLinks = { page: '' },
	only?: string
): Record<string, string> {
	const charts = only === undefined ? view.charts : view.charts.filter((c) => c.id === only);
	return Object.fromEntries(charts.map((spec) => [spec.id, plotMarkup(spec, to)]));
}
