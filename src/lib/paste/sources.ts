/**
 * A pasted article's `PageSources`: what the browser's loaders found (the text, the extraction from
 * the worker, the rate series from the network) in the shape the one page builder takes. Pure, so
 * the parity tests build a pasted page exactly as the paste page does. A pasted article has no claims
 * file and no reference data in the browser; its notes are the edits saved with it, if any.
 */
import type { ArticleMeta } from '$lib/articles/schema';
import type { RateTable } from '$lib/currency/table';
import { EMPTY_NOTES, type Notes } from '$lib/notes/schema';
import type { Extraction, PageSources } from '$lib/page/model';
import { NO_REFERENCE } from '$lib/reference/model';
import { slugFor } from './article-file';

export interface Pasted {
	meta: ArticleMeta;
	text: string;
	extraction: Extraction;
	/** The full rate series, or an empty table when it could not be loaded. */
	rates: RateTable;
	notices: string[];
	notes?: Notes;
}

export function pastedSources(p: Pasted): PageSources {
	return {
		slug: slugFor(p.meta.title),
		meta: p.meta,
		text: p.text,
		extraction: p.extraction,
		rates: p.rates,
		notes: p.notes ?? EMPTY_NOTES,
		claims: [],
		reference: NO_REFERENCE,
		notices: p.notices
	};
}
