/**
 * A sentence's own opening: where its dateline ends ("BEIJING, March 5 (Xinhua) --") and its
 * subject, the fallback label when nothing nearer a figure names what it measures. In: context.
 * Out: a token index, or the subject's text or null. Reads at most the first 20 tokens.
 */
import { isPunct, span, tok, type Ctx } from './context';
import { nounWords } from './label-phrases';
import { AUX, isNounish, isVerbal } from './label-words';

/** Irregular past tenses that follow a subject: "Prices rose 1.5%". */
const MOVES = new Set('rose fell hit stood grew shrank sank'.split(' '));

/**
 * Where a dateline ends, or 0: "BEIJING, March 5 (Xinhua) --", "TOKYO -", "NEW DELHI:", "Taipei,
 * Aug. 22 (CNA)". It opens with a capital and ends at a spaced dash, a colon after capitals, or the
 * bracketed agency name, within the first 14 tokens.
 */
export function datelineEnd(ctx: Ctx): number {
	if (!/^\p{Lu}/u.test(tok(ctx, 0)?.text ?? '')) return 0;
	for (let k = 1; k < 14; k++) {
		const t = tok(ctx, k);
		if (!t || (t.type === 'word' && t.text === t.lower)) return 0;
		const dash = isPunct(ctx, k, '-–—') && t.gap;
		const colon = isPunct(ctx, k, ':') && /^\p{Lu}{2,}$/u.test(tok(ctx, k - 1)?.text ?? '');
		const agency = isPunct(ctx, k, ')') && isPunct(ctx, k - 2, '(');
		if (dash || colon || agency) {
			let e = k + 1;
			while (isPunct(ctx, e, '-–—')) e++;
			return e;
		}
	}
	return 0;
}

/**
 * The sentence's subject: its first noun phrase after any dateline and opening words, and only
 * when a verb (or an apposition) follows it, so "And let me spell that out" yields nothing.
 */
export function subject(ctx: Ctx): string | null {
	let k = datelineEnd(ctx);
	for (let s = 0; s < 6 && k < ctx.ts.length && !isNounish(ctx, k); s++) k++;
	const next = nounWords(ctx, k);
	if (next === null) return null;
	const w = tok(ctx, next)?.lower ?? '';
	const verb =
		isVerbal(ctx, next) || AUX.has(w) || MOVES.has(w) || /s$/.test(w) || isPunct(ctx, next, ',(');
	return verb ? span(ctx, k, next) : null;
}
