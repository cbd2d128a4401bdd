/**
 * Scale words and suffixes ("billion", "bn", "crore"; "m"/"k"/"b" for money) and the shape of a
 * parsed number expression. In: context and token index. Out: [multiplier, index after] or null.
 * Looks at one token.
 */
import { tok, type Ctx } from './context';

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
}

export const SCALE_WORDS: Record<string, number> = {
	thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, mln: 1e6, bln: 1e9,
	tn: 1e12, trn: 1e12, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5
}; // prettier-ignore
/** Suffixes glued to digits. "m", "k" and "b" also mean metres, kilo- and bytes, so money only. */
const GLUED_SCALES: Record<string, number> = {
	bn: 1e9,
	mn: 1e6,
	mln: 1e6,
	bln: 1e9,
	tn: 1e12,
	trn: 1e12
};
const MONEY_GLUED: Record<string, number> = { m: 1e6, k: 1e3, b: 1e9 };

export function scaleAt(ctx: Ctx, i: number, money: boolean): [number, number] | null {
	const t = tok(ctx, i);
	if (!t || t.type !== 'word') return null;
	if (!t.gap) {
		const m = GLUED_SCALES[t.lower] ?? (money ? MONEY_GLUED[t.lower] : undefined);
		return m === undefined ? null : [m, i + 1];
	}
	const s = SCALE_WORDS[t.lower];
	if (s === undefined) return null;
	// Indian budgets stack scales: "6.2 lakh crore" is 6.2e12 and "5 thousand crore" 5e10.
	const next = tok(ctx, i + 1);
	if ((t.lower === 'lakh' || t.lower === 'thousand') && next?.type === 'word' && next.gap) {
		const crore = next.lower === 'crore' || next.lower === 'crores';
		if (crore) return [s * 1e7, i + 2];
	}
	return [s, i + 1];
}
