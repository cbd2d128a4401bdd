/**
 * File names for exports, `<article-slug>-<chart>-<currency>.<ext>`, and the page URL that sentence
 * links and annotation targets point at. Pure. The currency stays an upper-case ISO 4217 code, as the
 * page and the CLI's `--currency` write it, so a file says which currency it is in at a glance.
 */
import type { ChartId } from '$lib/charts/spec';

export type ExportExt = 'png' | 'svg' | 'csv';

export function exportFileName(
	slug: string,
	chart: ChartId | 'all',
	currency: string,
	ext: ExportExt | 'zip'
): string {
	return `${slug}-${chart}-${currency.toUpperCase()}.${ext}`;
}

/** The dashboard page of an article: `https://host/articles/<slug>`; `base` has no trailing slash. */
export function articlePageUrl(base: string, slug: string): string {
	return `${base.replace(/\/+$/, '')}/articles/${slug}`;
}

/** A link that opens the page with the figure focused and its sentence marked. */
export function figureLink(pageUrl: string, figureId: string): string {
	return `${pageUrl}#fig-${figureId}`;
}
