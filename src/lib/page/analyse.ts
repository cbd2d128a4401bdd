/**
 * From an article's text to what extraction finds: its sentences, figures and the exchange rates it
 * states. Pure and synchronous: the build calls it, the paste page's Web Worker runs it as is, and
 * `paste/chunked.ts` is the same job in slices for the main thread. Everything after extraction
 * (rates, notes, the cap per chart) is the page builder's.
 */
import { extractArticle, splitSentences } from '$lib/figures';
import type { Extraction } from '$lib/page/model';

export interface AnalyseRequest {
	text: string;
	/** The article's own date, for "last month" and the like. */
	published: string;
	/** The article's language tag ("en-AU"), a clue to which dollar "$" is. */
	language?: string;
}

export function analyse(req: AnalyseRequest): Extraction {
	const { figures, rates } = extractArticle(req.text, {
		published: req.published,
		language: req.language
	});
	return { sentences: splitSentences(req.text), figures, rates };
}
