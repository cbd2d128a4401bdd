/**
 * Extraction one sentence at a time, for callers that must yield between slices (the paste page's
 * fallback when no Web Worker runs). `startExtraction` splits and tokenizes the whole text and reads
 * the article's clues up front (one linear pass), so every sentence is matched with the article's
 * conventions and the result equals `extractArticle` exactly; `step()` matches the next sentence
 * and says whether any remain; `result()` assembles figures and stated rates. Pure.
 */
import { anchorsAndIds, rateAnchors, type SentenceMatches } from './assemble';
import { readClues } from './clues';
import type { Ctx } from './context';
import { matchSentence } from './extract';
import type { ArticleExtraction, ExtractOptions, Sentence, StatedRate } from './model';
import { splitSentences } from './sentences';
import type { RateMatch } from './stated-rates';
import { tokenize } from './tokens';

export interface ExtractionJob {
	sentences: Sentence[];
	/** Matches the next sentence; false once every sentence is done. */
	step(): boolean;
	result(): ArticleExtraction;
}

export function startExtraction(text: string, options: ExtractOptions = {}): ExtractionJob {
	const published = options.published ?? null;
	const sentences = splitSentences(text);
	const tokens = sentences.map((s) => tokenize(text, s.start, s.end));
	const clues = readClues(tokens, options.language);
	const done: SentenceMatches[] = [];
	const rates: StatedRate[] = [];
	return {
		sentences,
		step() {
			const s = sentences[done.length];
			const ts = tokens[done.length];
			if (!s || !ts) return false;
			const ctx: Ctx = { text, ts, published, clues };
			const found: RateMatch[] = [];
			done.push({ ctx, sentence: s.index, matches: matchSentence(ctx, found) });
			rates.push(...rateAnchors(ctx, s.index, found));
			return done.length < sentences.length;
		},
		result: () => ({ figures: anchorsAndIds(done), rates })
	};
}
