/**
 * Reads one number expression starting at a token: digits ("20,000", "3.5", "12,34,567"), ranges
 * ("5-10"), scale words and suffixes ("3 trillion", "53.25bn", "£13.4billion"), spelled numbers
 * ("two", "twenty-five", "a dozen", "half a billion", "a quarter of a million"), vague plurals
 * ("hundreds of thousands") and signs ("-0.1", "−0.1" with U+2212, "minus 5", "negative 2").
 *
 * In: a context and a token index. Out: the value and the tokens it spans, or null. Looks at most a
 * fixed handful of tokens ahead. Does not decide what the number counts; the matchers do.
 */
import { DASHES, isPunct, isWord, tok, type Ctx } from './context';
import { scaleAt, type NumberExpr } from './scales';
import { spelled, vague } from './spelled';

export type { NumberExpr } from './scales';

const INDIAN = new Set(['lakh', 'lakhs', 'crore', 'crores']);

/** "1,5 billion": a comma that can only be a decimal comma, since one or two digits follow. */
function decimalComma(ctx: Ctx, i: number): number | null {
	const t = tok(ctx, i);
	const frac = tok(ctx, i + 2);
	if (!t || !/^\d{1,3}$/.test(t.text) || !isPunct(ctx, i + 1, ',') || tok(ctx, i + 1)?.gap) return null;
	if (!frac || frac.gap || !/^\d{1,2}$/.test(frac.text)) return null;
	return Number(`${t.text}.${frac.text}`);
} // prettier-ignore

function digits(ctx: Ctx, i: number, money: boolean): NumberExpr | null {
	const t = tok(ctx, i);
	if (!t || !Number.isFinite(t.value)) return null;
	let to = i + 1;
	let value = t.value;
	let upper: number | null = null;
	let check: string | null = t.invisible ? 'an invisible character sits inside the number' : null;
	const next = tok(ctx, i + 2);
	if (isPunct(ctx, i + 1, DASHES) && !tok(ctx, i + 1)?.gap && next?.type === 'num' && !next.gap) {
		if (next.value > t.value) {
			upper = next.value;
			to = i + 3;
		}
	}
	const comma = upper === null ? decimalComma(ctx, i) : null;
	if (comma !== null && scaleAt(ctx, i + 3, money)) {
		[value, to] = [comma, i + 3];
		check = 'read "," as a decimal comma before the scale word';
	}
	const plain = upper === null && comma === null && /^\d+$/.test(t.text);
	const base = { from: i, to, value, upper, spelled: false, plain, scaled: false, vague: false, check };
	const scale = scaleAt(ctx, to, money);
	if (!scale) return base;
	const [m, end] = scale;
	const indian = INDIAN.has(tok(ctx, end - 1)?.lower ?? '');
	const up = upper === null ? null : upper * m;
	return { ...base, to: end, value: value * m, upper: up, plain: false, scaled: true, indian };
} // prettier-ignore

/** A sign at i that makes the number after it negative: [index of the number]. */
function signAt(ctx: Ctx, i: number): number | null {
	const t = tok(ctx, i);
	const next = tok(ctx, i + 1);
	if (!t || !next) return null;
	if (t.type === 'word') return isWord(ctx, i, 'minus', 'negative') ? i + 1 : null;
	// A hyphen is a sign only when it touches the digits and stands apart from what precedes it:
	// never the dash of a range ("5-10") or the joiner of a name ("F-35").
	if (!'-−'.includes(t.text) || t.text === '' || next.type !== 'num' || next.gap) return null;
	const prev = tok(ctx, i - 1);
	return !prev || t.gap || isPunct(ctx, i - 1, '([') ? i + 1 : null;
} // prettier-ignore

function unsigned(ctx: Ctx, i: number, money: boolean): NumberExpr | null {
	const t = tok(ctx, i);
	if (!t) return null;
	if (t.type === 'num') return digits(ctx, i, money);
	if (t.type !== 'word') return null;
	return vague(ctx, i) ?? spelled(ctx, i);
}

/** The number expression starting at token i, or null. `money` allows the "m"/"k"/"b" suffixes. */
export function parseNumber(ctx: Ctx, i: number, money = false): NumberExpr | null {
	const signed = signAt(ctx, i);
	if (signed === null) return unsigned(ctx, i, money);
	const n = unsigned(ctx, signed, money);
	if (!n || n.vague || n.value === 0) return null;
	const upper = n.upper === null ? null : -n.upper;
	return { ...n, from: i, value: -n.value, upper, signed: true };
}
