/**
 * Scale words and suffixes ("billion", "bn", "crore"; "m"/"k"/"b" for money) and the shape of a
 * parsed number expression. In: context and token index. Out: [multiplier, index after] or null.
 * Reads at most three tokens: a scale glued to the number ("£13.4billion"), hyphenated into a
 * compound adjective ("100-billion-euro"), after one comparative word ("30 additional billion
 * euros"), or stacked the Indian way ("3.31 lakh crore").
 */
import { table } from './table';
import { isPunct, tok, type Ctx } from './context';

export interface NumberExpr {
	from: number;
	to: number;
	value: number;
	/** Upper end of a range ("5-10 percent" → 10), else null. */
	upper: number | null;
	/** Written in words ("two"), not digits. */
	spelled: boolean;
	/** Bare digits: no comma, decimal point, range or scale (a candidate year). */
	plain: boolean;
	scaled: boolean;
	/** "hundreds of thousands": value is a lower bound. */
	vague: boolean;
	/** The scale stacked lakh or crore, whose currency an article may leave unsaid. */
	indian?: boolean;
	/** A sign made it negative ("-0.1%", "minus 5 per cent"). */
	signed?: boolean;
	/** Why the reading is a guess ("1,5 billion" read with a decimal comma), or null. */
	check?: string | null;
}

export const SCALE_WORDS = table<number>({
	thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, mln: 1e6, bln: 1e9,
	tn: 1e12, trn: 1e12, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5
}); // prettier-ignore
/** Suffixes glued to digits. "m", "k" and "b" also mean metres, kilo- and bytes, so money only. */
const GLUED_SCALES = table<number>({
	bn: 1e9,
	mn: 1e6,
	mln: 1e6,
	bln: 1e9,
	tn: 1e12,
	trn: 1e12
});
const MONEY_GLUED = table<number>({ m: 1e6, k: 1e3, b: 1e9 });

/** Comparatives that may stand between a number and its scale word. */
const BETWEEN = new Set(['additional', 'more', 'extra', 'further', 'new']);

export function scaleAt(ctx: Ctx, i: number, money: boolean): [number, number] | null {
	const t = tok(ctx, i);
	const next = tok(ctx, i + 1);
	// "100-billion-euro", "$5-billion": a hyphen glues the scale word into a compound adjective.
	if (isPunct(ctx, i, '-') && t && !t.gap && next?.type === 'word' && !next.gap) {
		const s = SCALE_WORDS[next.lower];
		return s === undefined ? null : [s, i + 2];
	}
	if (!t || t.type !== 'word') return null;
	if (!t.gap) {
		const m =
			GLUED_SCALES[t.lower] ?? SCALE_WORDS[t.lower] ?? (money ? MONEY_GLUED[t.lower] : undefined);
		return m === undefined ? null : [m, i + 1];
	}
	if (
		BETWEEN.has(t.lower) &&
		next?.gap &&
		SCALE_WORDS[next.lower] !== undefined &&
		next.lower.length > 3
	)
		return [SCALE_WORDS[next.lower] ?? 1, i + 2];
	const s = SCALE_WORDS[t.lower];
	if (s === undefined) return null;
	// Indian budgets stack scales: "6.2 lakh crore" is 6.2e12 and "5 thousand crore" 5e10.
	if ((t.lower === 'lakh' || t.lower === 'thousand') && next?.type === 'word' && next.gap) {
		const crore = next.lower === 'crore' || next.lower === 'crores';
		if (crore) return [s * 1e7, i + 2];
	}
	return [s, i + 1];
}
