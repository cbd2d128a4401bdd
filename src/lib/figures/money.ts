/**
 * Money: a currency marker before the number ("$20 billion", "US$5m", "€53.25bn", "Rs 500 crore",
 * "USD 3 million") or a currency noun after it ("3 trillion yen", "61.6 trillion won", "billions of
 * dollars"). In: context and token index. Out: a money `Match` (value in currency units, ISO code) or
 * null. Bounded look-ahead; qualifiers and equivalents are attached elsewhere.
 */
import { isPunct, isWord, makeMatch, tok, type Ctx, type Match } from './context';
import { currencyWordAt, DOLLAR_PREFIXES, ISO_CODES, SYMBOLS } from './currencies';
import { parseNumber, type NumberExpr } from './numbers';

/** The currency marker at token i and the index of the token after it. */
function marker(ctx: Ctx, i: number): [string, number] | null {
	const t = tok(ctx, i);
	if (!t) return null;
	if (t.type === 'punct') {
		const code = SYMBOLS[t.text];
		return code ? [code, i + 1] : null;
	}
	if (t.type !== 'word') return null;
	const dollar = DOLLAR_PREFIXES[t.text];
	if (dollar && isPunct(ctx, i + 1, '$') && !tok(ctx, i + 1)?.gap) return [dollar, i + 2];
	if (ISO_CODES.has(t.text) && tok(ctx, i + 1)?.type === 'num')
		return [t.text === 'RMB' ? 'CNY' : t.text, i + 1];
	if (t.text === 'Rs') return ['INR', isPunct(ctx, i + 1, '.') ? i + 2 : i + 1];
	return null;
}

function build(n: NumberExpr, from: number, to: number, code: string): Match {
	const m = makeMatch('money', from, to, n.value);
	m.currency = code;
	m.endValue = n.upper;
	m.approximate = n.vague;
	return m;
}

function prefixed(ctx: Ctx, i: number): Match | null {
	const mk = marker(ctx, i);
	if (!mk) return null;
	const n = parseNumber(ctx, mk[1], true);
	if (!n || n.vague || tok(ctx, mk[1])?.type !== 'num') return null;
	return build(n, i, n.to, mk[0]);
}

function suffixed(ctx: Ctx, i: number): Match | null {
	const n = parseNumber(ctx, i, true);
	if (!n) return null;
	const at = n.vague ? n.to + 1 : n.to;
	if (n.vague && !isWord(ctx, n.to, 'of')) return null;
	const cw = currencyWordAt(ctx, at);
	if (!cw) return null;
	// "won" and "pounds" are also a verb and a weight: without an adjective, believe them only when
	// the amount is scaled or large ("61.6 trillion won", "10 million pounds").
	if (!cw.explicit && cw.noun === 'won' && !n.scaled && n.value < 1000) return null;
	if (!cw.explicit && cw.noun.startsWith('pound') && (!n.scaled || isWord(ctx, cw.to, 'of')))
		return null;
	return build(n, i, cw.to, cw.code);
}

export function matchMoney(ctx: Ctx, i: number): Match | null {
	return prefixed(ctx, i) ?? suffixed(ctx, i);
}
