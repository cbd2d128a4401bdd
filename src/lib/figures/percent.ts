/**
 * Percentages: "2%", "2 %", "two percent", "3.5 per cent", "1.5 percentage points", "5-10 pct".
 * In: context and token index. Out: a percent `Match` (value as written; `points` for percentage
 * points; `unit` the base when the text says "of GDP", "of the budget") or null. Bounded look-ahead.
 */
import { isPunct, isWord, makeMatch, span, tok, type Ctx, type Match } from './context';
import { parseNumber } from './numbers';
import { wordsFrom } from './phrases';

const DETERMINERS = new Set([
	'the',
	'its',
	'their',
	'his',
	'her',
	'our',
	'all',
	'total',
	'a',
	'an'
]);

/** The end of the percent sign or words at i, and whether they say "points". */
function sign(ctx: Ctx, i: number): [number, boolean] | null {
	if (isPunct(ctx, i, '%')) return [i + 1, isWord(ctx, i + 1, 'points', 'point')];
	if (isWord(ctx, i, 'percent', 'pct')) return [i + 1, false];
	if (isWord(ctx, i, 'per') && isWord(ctx, i + 1, 'cent')) return [i + 2, false];
	if (isWord(ctx, i, 'percentage') && isWord(ctx, i + 1, 'point', 'points')) return [i + 2, true];
	return null;
}

/** What the percentage is of: "of GDP", "of the country's gross domestic product" → "GDP". */
export function percentBase(ctx: Ctx, i: number): [string, number] | null {
	if (!isWord(ctx, i, 'of')) return null;
	let j = i + 1;
	while (DETERMINERS.has(tok(ctx, j)?.lower ?? '') && j < i + 3) j++;
	const p = wordsFrom(ctx, j);
	if (!p) return null;
	const text = span(ctx, p.from, p.to);
	if (/\bGDP\b|gross domestic product|economic output/i.test(text)) return ['GDP', p.to];
	// A possessive opens the phrase ("the country's exports"): keep what it owns.
	const owned = text.split(/['’]s\s+/u);
	return [owned[owned.length - 1] ?? text, p.to];
}

export function matchPercent(ctx: Ctx, i: number): Match | null {
	const n = parseNumber(ctx, i);
	if (!n || n.vague) return null;
	const s = sign(ctx, n.to);
	if (!s) return null;
	const [to, points] = s;
	// "%" written as "% points" keeps "points" inside the figure.
	const end = isPunct(ctx, n.to, '%') && points ? to + 1 : to;
	const m = makeMatch('percent', i, end, n.value);
	m.check = n.check ?? null;
	m.points = points;
	m.endValue = n.upper;
	const base = percentBase(ctx, end);
	if (base) [m.unit, m.tail] = base;
	return m;
}
