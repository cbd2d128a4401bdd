/**
 * The build's loader for one article page: reads its notes, claims, the reference data and the rate
 * series from `data/`, extracts its figures in-process and hands everything to the one page builder,
 * which the paste page also calls. Node only.
 */
import type { ArticleSource } from '$lib/articles/schema';
import { analyse } from '$lib/page/analyse';
import { buildPageData } from '$lib/page/build';
import type { PageData, PageSources } from '$lib/page/model';
import { loadClaims } from './claims';
import { loadNotes } from './notes';
import { loadRates } from './rates';
import { loadReference } from './reference';

/** What the file system holds for one article, in the shape the page builder takes. */
export function articleSources(article: ArticleSource): PageSources {
	const { slug, meta, text } = article;
	return {
		slug,
		meta,
		text,
		// The same extraction the paste page runs in its worker.
		extraction: analyse({ text, published: meta.published, language: meta.language }),
		rates: loadRates(),
		notes: loadNotes(article),
		claims: loadClaims(article),
		reference: loadReference(),
		notices: []
	};
}

export function articlePageData(article: ArticleSource): PageData {
	return buildPageData(articleSources(article));
}
