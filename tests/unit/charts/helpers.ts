// Shared by the chart tests: the real article, its figures, the real reference data and rates, and
// small readers for the parts of a Chart.js config the tests look at.
import { readFileSync } from 'node:fs';
import { parseArticle } from '$lib/articles/parse';
import { THEMES } from '$lib/charts/theme';
import { subsetTable } from '$lib/currency/subset';
import { extractFigures, splitSentences } from '$lib/figures';
import { loadRates } from '$lib/server/rates';
import { loadReferenceSeries } from '$lib/server/reference';

export const theme = THEMES.light;

export function articleAt(file: string) {
	const article = parseArticle(readFileSync(file, 'utf8'), file);
	const { published } = article.meta;
	return {
		article,
		published,
		sentences: splitSentences(article.text),
		figures: extractFigures(article.text, { published }),
		rates: subsetTable(loadRates(), [published])
	};
}

export const afp = articleAt('data/articles/afp-2023-12-23-japan-patriot-exports.md');
export const reference = loadReferenceSeries();
export const at = { rates: afp.rates, on: afp.published };

/** The figure with this id; fails the test when the extractor no longer finds it. */
export function figureId(id: string): string {
	if (!afp.figures.some((f) => f.id === id)) throw new Error(`no figure ${id} in the article`);
	return id;
}

type Loose = Record<string, unknown>;

/** The annotation plugin's annotations of a config, by id. */
export function annotationsOf(config: { options?: unknown }): Record<string, Loose> {
	const options = config.options as { plugins?: { annotation?: { annotations?: unknown } } };
	return (options.plugins?.annotation?.annotations ?? {}) as Record<string, Loose>;
}

/** A scriptable annotation `content` at a given chart width. */
export function contentAt(a: Loose | undefined, width: number): unknown {
	const content = a?.content;
	return typeof content === 'function' ? content({ chart: { width } }) : content;
}

export function datasets(config: { data: { datasets: unknown[] } }): Loose[] {
	return config.data.datasets as Loose[];
}

/** Every axis of a config, for checks that apply to all of them. */
export function axes(config: { options?: unknown }): [string, Loose][] {
	return Object.entries((config.options as { scales: Record<string, Loose> }).scales);
}
