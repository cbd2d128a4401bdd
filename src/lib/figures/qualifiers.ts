/**
 * Qualifiers that make a figure approximate: "around", "about", "roughly", "nearly", "almost",
 * "some", "approximately", "more than", "over", "less than", "up to", "at least", "an estimated"...
 * In: context, the first token of a figure and the lowest token index the qualifier may start at.
 * Out: the qualifier's first token and its words as written, or null. Reads at most four tokens back.
 */
import { span, tok, type Ctx } from './context';

/** Longest first, so "more than" wins over "than"-less look-alikes and "an estimated" over "estimated". */
const PHRASES: string[][] = [
	'in excess of',
	'as many as',
	'as much as',
	'as few as',
	'as little as',
	'more than',
	'less than',
	'fewer than',
	'up to',
	'at least',
	'at most',
	'an estimated',
	'close to',
	'just over',
	'just under',
	'well over',
	'well above',
	'upwards of',
	'nearly',
	'almost',
	'around',
	'about',
	'roughly',
	'some',
	'approximately',
	'approx',
	'over',
	'under',
	'estimated',
	'circa',
	'below',
	'above'
].map((p) => p.split(' '));

export function findQualifier(ctx: Ctx, from: number, floor: number): [number, string] | null {
	for (const words of PHRASES) {
		const start = from - words.length;
		if (start < floor) continue;
		let ok = true;
		for (let k = 0; k < words.length && ok; k++) {
			const t = tok(ctx, start + k);
			ok = t !== undefined && t.type === 'word' && t.lower === words[k];
		}
		if (ok) return [start, span(ctx, start, from)];
	}
	return null;
}
