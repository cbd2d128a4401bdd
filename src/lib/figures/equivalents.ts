/**
 * Equivalents: one amount stated in two currencies, "3 trillion yen ($20 billion)", "$20 billion
 * (3 trillion yen)", "3 trillion yen, or about $20 billion", "¥3tn, equivalent to $20bn".
 * In: a sentence's context and its matches in order. Out: sets `equivalent` on both matches of each
 * pair (indices into the array). Only neighbouring money matches in different currencies pair up.
 */
import { isPunct, isWord, type Ctx, type Match } from './context';

/** The words between two amounts that say "the same amount, in other money". */
function joins(ctx: Ctx, a: Match, b: Match): boolean {
	const gap = b.lead - a.to;
	if (isPunct(ctx, a.to, '(') && gap === 1) {
		// The bracket must close soon after, with no other bracket opening first.
		for (let k = b.to; k < b.to + 6; k++) {
			if (isPunct(ctx, k, ')')) return true;
			if (isPunct(ctx, k, '(')) return false;
		}
		return false;
	}
	if (isPunct(ctx, a.to, '(') && gap === 3)
		return isWord(ctx, a.to + 1, 'equivalent') && isWord(ctx, a.to + 2, 'to');
	const comma = isPunct(ctx, a.to, ',') ? 1 : 0;
	const k = a.to + comma;
	if (gap === comma + 1) return isWord(ctx, k, 'or');
	if (gap === comma + 2) return isWord(ctx, k, 'equivalent', 'equal') && isWord(ctx, k + 1, 'to');
	return false;
}

export function linkEquivalents(ctx: Ctx, matches: Match[]): void {
	for (let i = 0; i + 1 < matches.length; i++) {
		const a = matches[i];
		const b = matches[i + 1];
		if (!a || !b || a.kind !== 'money' || b.kind !== 'money' || a.currency === b.currency) continue;
		if (a.equivalent >= 0 || !joins(ctx, a, b)) continue;
		a.equivalent = i + 1;
		b.equivalent = i;
	}
}
