/** Shared test helpers: find one figure by its exact text and check anchors hold. */
import { expect } from 'vitest';
import {
	extractFigures,
	splitSentences,
	type ExtractOptions,
	type Figure
} from '../../../src/lib/figures';

export const PUBLISHED: ExtractOptions = { published: '2023-12-23' };

export function figures(text: string, options: ExtractOptions = PUBLISHED): Figure[] {
	const out = extractFigures(text, options);
	expectAnchorsHold(text, out);
	return out;
}

export function only(text: string, exact: string, options?: ExtractOptions): Figure {
	const found = figures(text, options).filter((f) => f.exact === exact);
	expect(found.map((f) => f.exact)).toEqual([exact]);
	return found[0] as Figure;
}

export function expectAnchorsHold(text: string, out: Figure[]): void {
	const sentences = splitSentences(text);
	const ids = new Set(out.map((f) => f.id));
	expect(ids.size).toBe(out.length);
	let last = -1;
	for (const f of out) {
		expect(text.slice(f.start, f.end)).toBe(f.exact);
		expect(text.slice(f.start - f.prefix.length, f.start)).toBe(f.prefix);
		expect(text.slice(f.end, f.end + f.suffix.length)).toBe(f.suffix);
		expect(f.prefix.length).toBeLessThanOrEqual(32);
		expect(f.suffix.length).toBeLessThanOrEqual(32);
		const s = sentences[f.sentence];
		expect(s).toBeDefined();
		expect(f.start >= (s?.start ?? 0) && f.end <= (s?.end ?? 0)).toBe(true);
		expect(f.start).toBeGreaterThanOrEqual(last);
		expect(f.label.length).toBeLessThanOrEqual(60);
		expect(Number.isFinite(f.value)).toBe(true);
		last = f.start;
	}
}
