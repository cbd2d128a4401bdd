/**
 * Finds every figure in an English news text and anchors it to its sentence.
 *
 * In: the article body (plain text) and options (the publication date). Out: `Figure[]` sorted by
 * `start`, each with `text.slice(start, end) === exact`, unique readable ids, and `equivalentOf`
 * linking amounts stated in two currencies. Pure: no DOM, no I/O, no Svelte. Linear in the text:
 * sentences are tokenized once and each token starts a bounded number of bounded matchers.
 */
import { anchorsAndIds } from './assemble';
import { tok, type Ctx, type Match } from './context';
import { matchDate } from './dates';
import { skipNotFigure } from './designations';
import { linkEquivalents } from './equivalents';
import type { ExtractOptions, Figure } from './model';
import { matchMoney } from './money';
import { matchPercent } from './percent';
import { findQualifier } from './qualifiers';
import { matchQuantity } from './quantities';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';
import { matchYear } from './years';

/** Kinds a qualifier ("around", "more than") can make approximate; years and dates are exact. */
const QUALIFIABLE = new Set(['money', 'percent', 'quantity']);

function matchAt(ctx: Ctx, i: number): Match | number {
	const date = matchDate(ctx, i);
	if (date) return date;
	const money = matchMoney(ctx, i) ?? matchPercent(ctx, i);
	if (money) return money;
	const skip = skipNotFigure(ctx, i);
	if (skip > i) return skip;
	return matchYear(ctx, i) ?? matchQuantity(ctx, i) ?? i + 1;
}

/** All matches in one sentence, left to right, never overlapping. */
export function matchSentence(ctx: Ctx): Match[] {
	const out: Match[] = [];
	let floor = 0;
	for (let i = 0; i < ctx.ts.length;) {
		const t = tok(ctx, i);
		// Only numbers, words and currency signs can start a figure; skip the rest cheaply.
		if (!t || (t.type === 'punct' && !/^[$€£¥￥₩₹₽₴]$/u.test(t.text))) {
			i++;
			continue;
		}
		const m = matchAt(ctx, i);
		if (typeof m === 'number') {
			i = m;
			continue;
		}
		const q = QUALIFIABLE.has(m.kind) ? findQualifier(ctx, m.from, floor) : null;
		if (q) [m.lead, m.qualifier, m.approximate] = [q[0], q[1], true];
		out.push(m);
		floor = m.tail;
		i = m.to;
	}
	linkEquivalents(ctx, out);
	return out;
}

export function extractFigures(text: string, options: ExtractOptions = {}): Figure[] {
	const published = options.published ?? null;
	const perSentence = splitSentences(text).map((s) => {
		const ctx: Ctx = { text, ts: tokenize(text, s.start, s.end), published };
		return { ctx, sentence: s.index, matches: matchSentence(ctx) };
	});
	return anchorsAndIds(perSentence);
}
