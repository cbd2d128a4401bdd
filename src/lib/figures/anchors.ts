/**
 * Anchors and ids. In: the text and a [start, end) span. Out: a W3C TextQuoteSelector's `prefix` and
 * `suffix` (up to 32 UTF-16 units, never splitting a surrogate pair), and readable unique ids
 * (`money-3-trillion-yen`, `year-2027`, `-2` on a repeat). Pure; `text.slice(start, end)` is `exact`.
 */
import type { Ctx, Match } from './context';
import type { Anchor, FigureKind } from './model';

export const CONTEXT = 32;

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

export function quote(text: string, start: number, end: number) {
	let from = Math.max(0, start - CONTEXT);
	if (from > 0 && isLow(text.charCodeAt(from))) from++;
	let to = Math.min(text.length, end + CONTEXT);
	if (to < text.length && isHigh(text.charCodeAt(to - 1))) to--;
	return {
		exact: text.slice(start, end),
		prefix: text.slice(from, start),
		suffix: text.slice(end, to)
	};
}

export function slug(s: string): string {
	const out = s
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 48)
		.replace(/-+$/, '');
	return out || 'x';
}

/** Hands out `${kind}-${slug(exact)}` ids, adding `-2`, `-3` when one is taken. */
export function idMaker(): (kind: FigureKind, exact: string) => string {
	const taken = new Set<string>();
	// Next suffix to try per base, so thousands of repeats stay linear.
	const next = new Map<string, number>();
	return (kind, exact) => {
		const base = `${kind}-${slug(exact)}`;
		let id = base;
		let n = next.get(base) ?? 2;
		while (taken.has(id)) id = `${base}-${n++}`;
		next.set(base, n);
		taken.add(id);
		return id;
	};
}

/** The anchor of a match: its span in the whole text, the quote around it and its sentence. */
export function anchorsFrom(ctx: Ctx, m: Pick<Match, 'from' | 'to'>, sentence: number): Anchor {
	const start = ctx.ts[m.from]?.start ?? 0;
	const end = ctx.ts[m.to - 1]?.end ?? start;
	return { ...quote(ctx.text, start, end), start, end, sentence };
}
