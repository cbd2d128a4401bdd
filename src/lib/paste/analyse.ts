/**
 * From a pasted article's text to what extraction finds: its sentences and figures. Pure and
 * synchronous, so the Web Worker runs it as is and the tests call it directly; `chunked.ts` is the
 * same work split into slices for the main thread. Everything after extraction (rates, notes, the
 * cap per chart) is the page builder's, which a committed article goes through too.
 */
import { extractFigures, splitSentences } from '$lib/figures';
import type { Extraction } from '$lib/page/model';

export interface AnalyseRequest {
	text: string;
	/** The article's own date, for "last month" and the like. */
	published: string;
}

export function analyse(req: AnalyseRequest): Extraction {
	return {
		sentences: splitSentences(req.text),
		figures: extractFigures(req.text, { published: req.published })
	};
}
