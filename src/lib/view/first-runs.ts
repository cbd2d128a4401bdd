/**
 * The start of an article's paragraphs, up to a budget of runs (pieces of text and figure links),
 * for drawing a long pasted text a slice per task. Counted in runs, not paragraphs, because the
 * DOM work is per run: a 150 KB text pasted as one paragraph holds 20,000 of them, and slicing by
 * paragraph drew them all in one 400 ms task. Pure: paragraph views in, a prefix of them out.
 */
import type { ParagraphView } from '$lib/articles/segments';

export interface FirstRuns {
	paragraphs: ParagraphView[];
	/** True when nothing was left out. */
	complete: boolean;
}

export function firstRuns(paragraphs: ParagraphView[], budget: number): FirstRuns {
	let left = budget;
	for (let p = 0; p < paragraphs.length; p++) {
		const sentences = paragraphs[p]!.sentences;
		for (let s = 0; s < sentences.length; s++) {
			left -= sentences[s]!.runs.length;
			// A sentence is drawn whole, so at least one goes in even when it alone exceeds the budget.
			if (left < 0 && (p > 0 || s > 0)) {
				const partial = s > 0 ? [{ sentences: sentences.slice(0, s) }] : [];
				return { paragraphs: [...paragraphs.slice(0, p), ...partial], complete: false };
			}
		}
	}
	return { paragraphs, complete: true };
}
