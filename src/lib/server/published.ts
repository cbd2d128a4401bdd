/**
 * Build time only: the permanent files of an article, written by `npm run build` and never moved:
 * each chart as SVG, 2× PNG and CSV under `/articles/<slug>/<chart>.<ext>`, and a 1200×630 social
 * card. Each is drawn by the same page builder, dashboard state and export layout as the page's own
 * "Download" buttons, in the light theme, US dollars and the article date's rate. Memoised per
 * article, since every file of an article shares its charts.
 */
import type { ChartId, ChartSpec } from '$lib/charts/spec';
import { THEMES } from '$lib/charts/theme';
import { renderCard } from '$lib/export/card';
import { chartCsv } from '$lib/export/csv';
import { articlePageUrl } from '$lib/export/names';
import { NODE_FONT, nodeEnv, pngBuffer, svgString } from '$lib/export/node';
import type { PageData } from '$lib/page/model';
import type { PublishedLinks } from '$lib/page/published';
import { DEFAULT_STATE } from '$lib/state/url';
import { buildDashboard, type DashboardView } from '$lib/view/dashboard';
import { getArticle, loadArticles } from './articles';
import { articlePageData } from './page-data';
import { siteUrl } from './site';

/** The width of a published chart image: the chart card's on a laptop. */
export const PUBLISHED_WIDTH = 640;
const THEME = { ...THEMES.light, font: NODE_FONT };

interface Published {
	data: PageData;
	view: DashboardView;
}

const cache = new Map<string, Published>();

export function published(slug: string): Published | undefined {
	const hit = cache.get(slug);
	if (hit) return hit;
	const article = getArticle(slug);
	if (!article) return undefined;
	const data = articlePageData(article);
	const made = { data, view: buildDashboard(data, DEFAULT_STATE, THEME, 'linear') };
	cache.set(slug, made);
	return made;
}

/** The ids of an article's charts, in page order. */
export const chartIds = (slug: string): ChartId[] =>
	published(slug)?.view.charts.map((c) => c.id) ?? [];

function chartOf(slug: string, chart: string): { p: Published; spec: ChartSpec } | undefined {
	const p = published(slug);
	const spec = p?.view.charts.find((c) => c.id === chart);
	return p && spec ? { p, spec } : undefined;
}

const image = (p: Published, spec: ChartSpec) => ({
	meta: p.data.meta,
	theme: THEME,
	width: PUBLISHED_WIDTH,
	spec,
	exacts: new Map(p.view.figures.map((f) => [f.id, f.exact]))
});

export function chartSvg(slug: string, chart: string): string | undefined {
	const found = chartOf(slug, chart);
	return found && svgString(image(found.p, found.spec));
}

export function chartPng(slug: string, chart: string): Uint8Array | undefined {
	const found = chartOf(slug, chart);
	return found && pngBuffer({ ...image(found.p, found.spec), scale: 2 }).png;
}

export function chartCsvFile(slug: string, chart: string): string | undefined {
	const found = chartOf(slug, chart);
	const pageUrl = articlePageUrl(siteUrl(), slug);
	return found && chartCsv([found.spec], { figures: found.p.view.figures, pageUrl });
}

/** The card shows the money chart, else the article's first chart, else the title alone. */
export function cardPng(slug: string): Uint8Array | undefined {
	const p = published(slug);
	if (!p) return undefined;
	const charts = p.view.charts;
	const spec = charts.find((c) => c.id === 'money') ?? charts[0] ?? null;
	const canvas = renderCard(nodeEnv(), { meta: p.data.meta, spec, theme: THEME });
	return (canvas as unknown as { toBuffer(type: 'image/png'): Uint8Array }).toBuffer('image/png');
}

/** Every (article, chart) pair the build publishes files for. */
export function chartEntries(): { slug: string; chart: ChartId }[] {
	return loadArticles().flatMap(({ slug }) => chartIds(slug).map((chart) => ({ slug, chart })));
}

/**
 * Per-chart PNGs are a build option, `PUBLISH_PNG=1`: at 2× they are most of an article's bytes
 * (1.1 MB for the default article's seven charts, against 0.6 MB for everything else), so the
 * default build keeps each article under 1 MB (README > Deploying).
 */
export const publishesPng = () => process.env.PUBLISH_PNG === '1';

export function publishedLinks(slug: string): PublishedLinks {
	return {
		folder: `/articles/${slug}`,
		png: publishesPng(),
		card: `${siteUrl()}/articles/${slug}/card.png`
	};
}
