/**
 * Splits article text into sentences.
 *
 * In: the article body. Out: `Sentence[]` in order, each with `text.slice(start, end) === sentence.text`,
 * trimmed of surrounding whitespace; whitespace-only stretches belong to no sentence. Segmentation is
 * `Intl.Segmenter`'s (Unicode UAX #29); `shouldJoin` repairs the breaks it gets wrong after
 * abbreviations, before lower-case words and inside hard-wrapped lines. A paragraph break always ends
 * a sentence: a blank line, or any line break in text that has no blank lines (`paragraphs.ts`). Linear in the text length; no DOM, no I/O.
 */
import type { Sentence } from './model';
import { hasBlankLines } from './paragraphs';
import { shouldJoin } from './sentence-repair';

let segmenter: Intl.Segmenter | undefined;

/**
 * V8's segment iterator costs time in proportion to the whole input at every step, so segmenting a
 * long text in one go is quadratic (100 KB of news: ~200 ms against ~5 ms for 25 KB). Segmenting
 * windows of this size keeps it linear. A window's last segment may be cut short, so it is dropped
 * and the next window starts where it began; a window with a single segment is doubled.
 */
const WINDOW = 2048;

function rawSegments(text: string): [number, number][] {
	segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
	const out: [number, number][] = [];
	let pos = 0;
	let size = WINDOW;
	while (pos < text.length) {
		const end = Math.min(text.length, pos + size);
		const segs: [number, number][] = [];
		for (const seg of segmenter.segment(text.slice(pos, end))) {
			segs.push([pos + seg.index, pos + seg.index + seg.segment.length]);
		}
		const last = segs[segs.length - 1];
		if (end === text.length || !last) {
			out.push(...segs);
			break;
		}
		if (segs.length < 2) {
			size *= 2;
			continue;
		}
		out.push(...segs.slice(0, -1));
		pos = last[0];
		size = WINDOW;
	}
	return out;
}

function trimmedSpan(text: string, start: number, end: number): [number, number] {
	let s = start;
	let e = end;
	while (s < e && /\s/u.test(text.charAt(s))) s++;
	while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
	return [s, e];
}

export function splitSentences(text: string): Sentence[] {
	const spans: [number, number][] = [];
	const blankLines = hasBlankLines(text);
	for (const [a, b] of rawSegments(text)) {
		const [s, e] = trimmedSpan(text, a, b);
		if (s === e) continue;
		const last = spans[spans.length - 1];
		if (last) {
			// Bounded windows: the repair only needs the edges of the two candidates.
			const before = text.slice(Math.max(last[0], last[1] - 40), last[1]);
			const after = text.slice(s, Math.min(e, s + 40));
			if (shouldJoin(before, text.slice(last[1], s), after, blankLines)) {
				last[1] = e;
				continue;
			}
		}
		spans.push([s, e]);
	}
	return spans.map(([start, end], index) => ({ index, start, end, text: text.slice(start, end) }));
}
