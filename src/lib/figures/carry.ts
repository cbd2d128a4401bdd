/**
 * A bare number that continues a count stated just before it takes that count's noun: "fire 32
 * missiles, and up to 128" counts 128 missiles. In: context, token index and the sentence's previous
 * match. Out: a quantity `Match` or null. Only commas, conjunctions and qualifier words may stand
 * between the two, and nothing noun-like may follow the number (else it counts something else);
 * reads at most eight tokens back.
 */
import { isPunct, makeMatch, tok, type Ctx, type Match } from './context';
import { skipNotFigure } from './designations';
import { parseNumber } from './numbers';
import { STOP } from './phrases';

const LINKERS = new Set(
	(
		'and or but then later eventually possibly perhaps potentially up to as many much more than at ' +
		'most least rising growing increasing another plus over nearly about around some a per day week ' +
		'month year'
	).split(' ')
);

export function carryNoun(ctx: Ctx, i: number, prev: Match | undefined): Match | null {
	if (!prev || prev.kind !== 'quantity' || !prev.unit || i - prev.to > 8 || i <= prev.to) return null;
	if (tok(ctx, i)?.type !== 'num' || skipNotFigure(ctx, i) > i) return null;
	for (let k = prev.to; k < i; k++) {
		if (!LINKERS.has(tok(ctx, k)?.lower ?? '') && !isPunct(ctx, k, ',')) return null;
	}
	const n = parseNumber(ctx, i);
	if (!n || n.signed || n.vague || !(n.value > prev.value)) return null;
	const after = tok(ctx, n.to);
	if (after && ((after.type === 'word' && !STOP.has(after.lower)) || after.type === 'num')) return null;
	const m = makeMatch('quantity', i, n.to, n.value);
	m.unit = prev.unit;
	m.endValue = n.upper;
	return m;
} // prettier-ignore
