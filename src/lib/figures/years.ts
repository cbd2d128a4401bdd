/**
 * Years: "2014", "in 2027", "fiscal 2025", "fiscal year 2024", "FY2024", "FY 2024-25", "FY24",
 * "2027-28" (a fiscal year), "2022-2024" (a range). In: context and token index. Out: a year `Match`
 * or null. A bare four-digit number is a year only in a year-like place: 1900-2100, no comma, and not
 * directly counting a plural noun ("2000 troops") unless a preposition such as "in" precedes it.
 */
import { DASHES, isPunct, isWord, makeMatch, tok, type Ctx, type Match } from './context';
import { isHead } from './phrases';

const PREPOSITIONS = new Set(
	'in since by until till from to through of before after during between and or early late mid end'.split(
		' '
	)
);

export const isYearValue = (v: number): boolean => Number.isInteger(v) && v >= 1900 && v <= 2100;

/** A bare 4-digit year token at i. */
export function yearAt(ctx: Ctx, i: number): number | null {
	const t = tok(ctx, i);
	if (!t || t.type !== 'num' || !/^\d{4}$/.test(t.text) || !isYearValue(t.value)) return null;
	return t.value;
}

/** "-28" / "/24" / "-2028" after a year: [endValue, fiscal, index after]. */
function rangeEnd(ctx: Ctx, i: number, start: number): [number, boolean, number] | null {
	const t = tok(ctx, i + 1);
	if (!isPunct(ctx, i, DASHES + '/') || tok(ctx, i)?.gap || !t || t.type !== 'num' || t.gap)
		return null;
	if (/^\d{2}$/.test(t.text) && t.value === (start + 1) % 100) return [start + 1, true, i + 2];
	if (/^\d{4}$/.test(t.text) && t.value > start && isYearValue(t.value))
		return [t.value, false, i + 2];
	return null;
}

function build(
	from: number,
	to: number,
	value: number,
	fiscal: boolean,
	end: number | null
): Match {
	const m = makeMatch('year', from, to, value);
	m.fiscal = fiscal;
	m.endValue = end;
	return m;
}

/** "FY2024", "FY 2024", "FY24", "fiscal 2025", "fiscal year 2024-25". */
function fiscalPrefix(ctx: Ctx, i: number): Match | null {
	const t = tok(ctx, i);
	let k: number;
	if (t?.text === 'FY') k = i + 1;
	else if (isWord(ctx, i, 'fiscal')) k = isWord(ctx, i + 1, 'year') ? i + 2 : i + 1;
	else return null;
	const n = tok(ctx, k);
	if (!n || n.type !== 'num' || (t?.text !== 'FY' && !n.gap)) return null;
	let value = yearAt(ctx, k);
	if (value === null && t?.text === 'FY' && /^\d{2}$/.test(n.text)) value = 2000 + n.value;
	if (value === null) return null;
	const r = rangeEnd(ctx, k + 1, value);
	return build(i, r ? r[2] : k + 1, value, true, r ? r[0] : null);
}

export function matchYear(ctx: Ctx, i: number): Match | null {
	const f = fiscalPrefix(ctx, i);
	if (f) return f;
	const value = yearAt(ctx, i);
	if (value === null) return null;
	const r = rangeEnd(ctx, i + 1, value);
	const to = r ? r[2] : i + 1;
	const next = tok(ctx, to);
	const prev = tok(ctx, i - 1);
	const prep = prev?.type === 'word' && PREPOSITIONS.has(prev.lower);
	if (!r && !prep && next?.type === 'word' && next.gap && isHead(next.lower)) return null;
	// "the 2024 fiscal year" is fiscal too; the words stay outside `exact`.
	const fiscal = r ? r[1] : isWord(ctx, to, 'fiscal') && isWord(ctx, to + 1, 'year');
	return build(i, to, value, fiscal, r ? r[0] : null);
}
