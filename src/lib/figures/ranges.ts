/**
 * Ranges and changes whose unit, scale or currency is stated once, on the second number:
 * "between $5 and $10 billion" (5e9 to 1e10), "between 5 and 10 billion euros", "5 to 10 per
 * cent" (ranges: one figure, `value` the lower end and `endValue` the upper), and "from 2 to 3 per
 * cent" (a change: two figures, the first taking the unit of the second).
 *
 * In: context, token index and the matcher for the second number. Out: the matches, or null. Reads
 * at most six tokens ahead before handing over to the matcher, so it stays bounded.
 */
import { isWord, makeMatch, tok, type Ctx, type Match } from './context';
import { skipNotFigure } from './designations';
import { matchMoney } from './money';
import { parseNumber } from './numbers';
import { matchPercent } from './percent';
import { yearAt } from './years';

const RANGE_KINDS = new Set(['money', 'percent', 'quantity']);

/** The multiplier the second figure applied to its number: 1e9 in "$10 billion". */
function scaleOf(ctx: Ctx, m: Match): number {
	for (let k = m.from; k < m.to; k++) {
		const t = tok(ctx, k);
		if (t?.type === 'num' && t.value !== 0) return Math.abs(m.value / t.value);
	}
	return 1;
}

/** The lower end at i, ending exactly at `end`: [value, already scaled, currency or null]. */
function lowerEnd(ctx: Ctx, i: number, end: number): [number, boolean, string | null] | null {
	// "between 30% and 35%": a lower end with its own sign is read as written.
	const pct = matchPercent(ctx, i);
	if (pct && pct.to === end && pct.endValue === null && isWord(ctx, i - 1, 'between'))
		return [pct.value, true, null];
	const money = matchMoney(ctx, i);
	if (money && money.to === end && money.endValue === null) {
		const n = parseNumber(ctx, tok(ctx, i)?.type === 'num' ? i : i + 1, true);
		return [money.value, !!n?.scaled, money.currency];
	}
	const n = parseNumber(ctx, i, true);
	if (!n || n.to !== end || n.vague || n.upper !== null || n.spelled) return null;
	return [n.value, n.scaled, null];
}

export function matchRange(
	ctx: Ctx,
	i: number,
	next: (ctx: Ctx, k: number) => Match | null
): Match[] | null {
	// A lower end starts with digits or a currency sign; words ("two", "Rs") would start no range here.
	const t = tok(ctx, i);
	if (!t || t.type === 'word' || (t.type === 'punct' && tok(ctx, i + 1)?.type !== 'num')) return null;
	// A designation ("PAC-3 to 5") or a year ("from 2023 to 50,000") is no lower end of anything.
	if (t.type === 'num' && (skipNotFigure(ctx, i) > i || yearAt(ctx, i) !== null)) return null;
	const between = isWord(ctx, i - 1, 'between');
	const from = isWord(ctx, i - 1, 'from');
	let join = -1;
	for (let k = i + 1; k < i + 5 && join < 0; k++) {
		if (between ? isWord(ctx, k, 'and') : isWord(ctx, k, 'to')) join = k;
	}
	if (join < 0) return null;
	const low = lowerEnd(ctx, i, join);
	if (!low || (!between && !from && low[2] !== null)) return null;
	const up = next(ctx, join + 1);
	if (!up || !RANGE_KINDS.has(up.kind) || up.lead !== join + 1 || up.endValue !== null) return null;
	if (low[2] !== null && low[2] !== up.currency) return null;
	const value = low[1] ? low[0] : low[0] * scaleOf(ctx, up);
	if (from) {
		const first = { ...makeMatch(up.kind, i, join, value), currency: up.currency, unit: up.unit };
		return [{ ...first, check: up.check }, up];
	}
	if (!(value < up.value)) return null;
	return [{ ...up, from: i, lead: i, value, endValue: up.value }];
} // prettier-ignore
