/**
 * Money: a currency marker before the number ("$20 billion", "US$5m", "€53.25bn", "Rs 500 crore",
 * "CHF4 billion", "RM5bn", "-£3m") or a currency noun after it ("3 trillion yen", "61.6 trillion
 * won", "billions of dollars", "a 100-billion-euro fund", "470 pence", "12p", "50 cents"); a
 * lakh/crore amount with no currency in an article that deals in rupees. In: context and token
 * index. Out: a money `Match` (value in currency units, ISO code, a check reason when the currency
 * was a guess) or null. Bounded look-ahead; ranges, qualifiers and equivalents are attached elsewhere.
 */
import { cluesOf, isPunct, isWord, makeMatch, tok, type Ctx, type Match } from './context';
import { DOLLAR_PREFIXES, ISO_CODES, LETTER_PREFIXES, SYMBOLS } from './currencies';
import { currencyWordAt } from './currency-words';
import { parseNumber, type NumberExpr } from './numbers';
import { countedPhrase } from './phrases';

type Marker = [code: string, next: number, check: string | null];

/** The currency marker at token i and the index of the token after it. */
function marker(ctx: Ctx, i: number): Marker | null {
	const t = tok(ctx, i);
	if (!t) return null;
	if (t.type === 'punct') {
		if (t.text === '$') return [cluesOf(ctx).dollar.code, i + 1, cluesOf(ctx).dollar.check];
		if (t.text === '¥' || t.text === '￥') return [cluesOf(ctx).yen.code, i + 1, cluesOf(ctx).yen.check];
		const code = SYMBOLS[t.text];
		return code ? [code, i + 1, null] : null;
	}
	if (t.type !== 'word') return null;
	const dollar = DOLLAR_PREFIXES[t.text];
	if (dollar && isPunct(ctx, i + 1, '$') && !tok(ctx, i + 1)?.gap) return [dollar, i + 2, null];
	const num = tok(ctx, i + 1)?.type === 'num';
	if (ISO_CODES.has(t.text) && num) return [t.text === 'RMB' ? 'CNY' : t.text, i + 1, null];
	if (LETTER_PREFIXES[t.text] && num) return [LETTER_PREFIXES[t.text] ?? '', i + 1, null];
	if (t.text === 'Rs') {
		const k = isPunct(ctx, i + 1, '.') ? i + 2 : i + 1;
		return [cluesOf(ctx).rupee.code, k, cluesOf(ctx).rupee.check];
	}
	return null;
} // prettier-ignore

export function build(n: NumberExpr, from: number, to: number, code: string, check: string | null): Match {
	const m = makeMatch('money', from, to, n.value);
	m.currency = code;
	m.endValue = n.upper;
	m.approximate = n.vague;
	m.check = n.check ?? check;
	return m;
} // prettier-ignore

function prefixed(ctx: Ctx, i: number): Match | null {
	// "-£3m", "−$2bn": a sign glued before the marker, standing apart from what precedes it.
	const sign = isPunct(ctx, i, '-−') && !tok(ctx, i + 1)?.gap && (tok(ctx, i)?.gap || i === 0);
	const mk = marker(ctx, sign ? i + 1 : i);
	if (!mk) return null;
	const n = parseNumber(ctx, mk[1], true);
	if (!n || n.vague || n.signed || tok(ctx, mk[1])?.type !== 'num') return null;
	const m = build(n, i, n.to, mk[0], mk[2]);
	if (sign) [m.value, m.endValue] = [-m.value, m.endValue === null ? null : -m.endValue];
	// "£1.2bn-£1.5bn": the same marker again after a dash makes a range stated twice.
	if (isPunct(ctx, n.to, '-–') && !tok(ctx, n.to)?.gap && !sign) {
		const up = marker(ctx, n.to + 1);
		const u = up && up[0] === mk[0] ? parseNumber(ctx, up[1], true) : null;
		if (u && !u.signed && u.value > n.value && m.endValue === null)
			[m.endValue, m.to, m.tail] = [u.value, u.to, u.to];
	}
	return m;
} // prettier-ignore

/** "12p": pence glued to the digits, in an article that deals in pounds (not "3p.m."). */
function pence(ctx: Ctx, i: number, n: NumberExpr): Match | null {
	const p = tok(ctx, n.to);
	if (!p || p.gap || p.text !== 'p' || n.scaled || n.spelled || !cluesOf(ctx).pounds) return null;
	if (isPunct(ctx, n.to + 1, '.') && isWord(ctx, n.to + 2, 'm')) return null;
	const m = build({ ...n, value: n.value / 100 }, i, n.to + 1, 'GBP', null);
	return m;
}

/** "3.31 lakh crore" with no currency, in an article whose other amounts are rupees. */
function carriedRupees(ctx: Ctx, i: number, n: NumberExpr): Match | null {
	if (!n.indian || !cluesOf(ctx).rupees || n.signed) return null;
	// "1.5 lakh soldiers" counts soldiers.
	if (countedPhrase(ctx, n.to, false)) return null;
	const code = cluesOf(ctx).rupee.code;
	return build(
		n,
		i,
		n.to,
		code,
		`currency not stated: read as ${code}, the article's other amounts`
	);
}

function suffixed(ctx: Ctx, i: number, loose: boolean): Match | null {
	const n = parseNumber(ctx, i, true);
	if (!n) return null;
	const at = n.vague ? n.to + 1 : n.to;
	if (n.vague && !isWord(ctx, n.to, 'of')) return null;
	const glued = pence(ctx, i, n);
	if (glued) return glued;
	// "a 100-billion-euro fund": the currency noun hyphenated onto the scale.
	const hyphen = isPunct(ctx, at, '-') && !tok(ctx, at)?.gap && !tok(ctx, at + 1)?.gap;
	const cw = currencyWordAt(ctx, hyphen ? at + 1 : at, hyphen);
	if (!cw) return carriedRupees(ctx, i, n);
	// "won" and "pounds" are also a verb and a weight: without an adjective, believe them only when
	// the amount is scaled or large ("61.6 trillion won", "10 million pounds").
	if (!loose && !cw.explicit && cw.noun === 'won' && !n.scaled && n.value < 1000) return null;
	if (!loose && !cw.explicit && cw.noun.startsWith('pound') && (!n.scaled || isWord(ctx, cw.to, 'of')))
		return null;
	return build({ ...n, value: n.value * cw.factor, upper: n.upper === null ? null : n.upper * cw.factor }, i, cw.to, cw.code, cw.check);
} // prettier-ignore

/** `loose` (inside a stated rate) believes "0.79 pounds" and "1,320 won" without a scale. */
export function matchMoney(ctx: Ctx, i: number, loose = false): Match | null {
	return prefixed(ctx, i) ?? suffixed(ctx, i, loose);
}
