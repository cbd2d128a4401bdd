/**
 * Cuts an article into paragraphs → sentences → runs of plain text and figures, so a component can
 * render it as text (never as HTML) with each figure wrapped in a link.
 *
 * Pure. Input: the text, its sentences and its figures (sorted, non-overlapping). Output covers
 * every character of the text once (less the line breaks between paragraphs), so nothing the
 * author wrote is dropped or duplicated, and figure offsets into the text as read stay exact.
 *
 * Paragraphs follow `figures/paragraphs.ts`, the rule sentence splitting uses too: CRLF, CR and LF
 * all count; text with blank lines between paragraphs treats a single line break as a soft wrap,
 * and text with none (copied from a web page) starts a paragraph at every line break.
 */
import type { Figure, Sentence } from '$lib/figures/model';
import { hasBlankLines, paragraphSplitter } from '$lib/figures/paragraphs';

export type Run = { text: string; figure?: undefined } | { text: string; figure: Figure };

export interface SentenceView {
	/** null for the whitespace between sentences. */
	index: number | null;
	runs: Run[];
}

export interface ParagraphView {
	sentences: SentenceView[];
}

function runsFor(text: string, start: number, end: number, figures: Figure[]): Run[] {
	const runs: Run[] = [];
	let at = start;
	for (const figure of figures) {
		if (figure.start < at || figure.end > end) continue;
		if (figure.start > at) runs.push({ text: text.slice(at, figure.start) });
		runs.push({ text: text.slice(figure.start, figure.end), figure });
		at = figure.end;
	}
	if (at < end) runs.push({ text: text.slice(at, end) });
	return runs;
}

export function segmentArticle(
	text: string,
	sentences: Sentence[],
	figures: Figure[]
): ParagraphView[] {
	const paragraphs: ParagraphView[] = [];
	let current: SentenceView[] = [];
	let at = 0;
	const splitter = paragraphSplitter(hasBlankLines(text));
	const pushGap = (end: number) => {
		// A paragraph break between sentences ends the paragraph; other whitespace stays inline.
		const gap = text.slice(at, end);
		const parts = gap.split(splitter);
		parts.forEach((part, i) => {
			if (i > 0 && current.length > 0) {
				paragraphs.push({ sentences: current });
				current = [];
			}
			if (part) current.push({ index: null, runs: [{ text: part }] });
		});
		at = end;
	};
	// Grouped once: filtering every figure per sentence is quadratic on a pasted 10,000-number text.
	const bySentence = new Map<number, Figure[]>();
	for (const f of figures) {
		const group = bySentence.get(f.sentence);
		if (group) group.push(f);
		else bySentence.set(f.sentence, [f]);
	}
	for (const sentence of sentences) {
		pushGap(sentence.start);
		const inside = bySentence.get(sentence.index) ?? [];
		current.push({
			index: sentence.index,
			runs: runsFor(text, sentence.start, sentence.end, inside)
		});
		at = sentence.end;
	}
	pushGap(text.length);
	if (current.length > 0) paragraphs.push({ sentences: current });
	return paragraphs;
}
