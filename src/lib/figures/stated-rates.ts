/**
 * Exchange rates the article states itself, which are never figures: the wire footer "($1 = 0.9239
 * euros)", "(£1 = $1.27)", "(1 euro = $1.08)", and "at about 157 yen to the dollar", "83 rupees
 * per dollar", "the yen at 157 to the dollar".
 *
 * In: context and token index. Out: a rate match (base and quote ISO codes, units of quote per one
 * base, and the tokens it spans) or null. Built on the money matcher, with a bounded look-around of
 * at most eight tokens.
 */
import { isPunct, isWord, tok, type Ctx } from './context';
import { currencyWordAt } from './currency-words';
import { matchMoney } from './money';
import { parseNumber } from './numbers';

export interface RateMatch {
	from: number;
	to: number;
	base: string;
	quote: string;
	rate: number;
}

const PER = ['to', 'per', 'against', 'a', 'each'];
const ONE = ['the', 'a', 'one', 'each', 'every'];

/** "to the dollar", "per euro", "against the US dollar": the base currency and the end index. */
function perUnit(ctx: Ctx, i: number): [string, number] | null {
	if (!isWord(ctx, i, ...PER)) return null;
	const k = isWord(ctx, i + 1, ...ONE) ? i + 2 : i + 1;
	const cw = currencyWordAt(ctx, k, true);
	// "5 yen per dollar of sales" is a ratio of something else, not an exchange rate.
	if (!cw || cw.factor !== 1 || cw.noun.endsWith('s') || isWord(ctx, cw.to, 'of')) return null;
	return [cw.code, cw.to];
}

/** "the yen at 157 to the dollar": the currency named just before an unmarked rate. */
function namedBefore(ctx: Ctx, i: number): string | null {
	for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
		const cw = isWord(ctx, k - 1, 'the') ? currencyWordAt(ctx, k, true) : null;
		if (cw) return cw.code;
	}
	return null;
}

/** A rate needs "=" or "to/per/against" within a few tokens; most tokens are ruled out here. */
function mayBeRate(ctx: Ctx, i: number): boolean {
	for (let k = i + 1; k < i + 9; k++) {
		const t = tok(ctx, k);
		if (!t) return false;
		if (t.text === '=' || PER.includes(t.lower)) return true;
	}
	return false;
}

export function matchStatedRate(ctx: Ctx, i: number): RateMatch | null {
	const t = tok(ctx, i);
	const next = tok(ctx, i + 1);
	const starts = t?.type === 'num' || ((t?.type === 'punct' || t?.type === 'word') && (next?.type === 'num' || next?.text === '$'));
	if (!t || !starts || !mayBeRate(ctx, i)) return null;
	const a = matchMoney(ctx, i, true);
	if (a && a.currency && isPunct(ctx, a.to, '=')) {
		const b = matchMoney(ctx, a.to + 1, true);
		if (!b || !b.currency || b.currency === a.currency || a.value <= 0 || b.value <= 0) return null;
		return { from: i, to: b.to, base: a.currency, quote: b.currency, rate: b.value / a.value };
	}
	if (a && a.currency && a.endValue === null && a.value > 0 && a.value < 1e5) {
		const per = perUnit(ctx, a.to);
		if (per && per[0] !== a.currency)
			return { from: i, to: per[1], base: per[0], quote: a.currency, rate: a.value };
		return null;
	}
	if (t.type !== 'num') return null;
	const n = parseNumber(ctx, i);
	const per = n && !n.scaled && n.upper === null ? perUnit(ctx, n.to) : null;
	const quote = per ? namedBefore(ctx, i) : null;
	if (!n || !per || !quote || quote === per[0] || n.value <= 0) return null;
	return { from: i, to: per[1], base: per[0], quote, rate: n.value };
} // prettier-ignore
