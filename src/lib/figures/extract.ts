/**
 * Finds every figure in an English news text and anchors it to its sentence, and the exchange rates
 * the article states itself.
 *
 * In: the article body (plain text) and options (the publication date, the language tag). Out:
 * `Figure[]` sorted by `start`, each with `text.slice(start, end) === exact`, unique readable ids,
 * and `equivalentOf` linking amounts stated in two currencies; and `StatedRate[]`, which are never
 * figures. Pure: no DOM, no I/O, no Svelte. Linear in the text: sentences are tokenized once, one
 * pass over the tokens reads the article's conventions (`clues.ts`), and each token starts a bounded
 * number of bounded matchers.
 */
import { carryNoun } from './carry';
import { readClues } from './clues';
import { tok, type Ctx, type Match } from './context';
import { SYMBOLS } from './currencies';
import { matchDate } from './dates';
import { skipNotFigure } from './designations';
import { linkEquivalents } from './equivalents';
import type { ArticleExtraction, ExtractOptions, Figure, StatedRate } from './model';
import { startExtraction } from './steps';
import { matchMoney } from './money';
import { matchPercent } from './percent';
import { findQualifier } from './qualifiers';
import { matchQuantity } from './quantities';
import { matchRange } from './ranges';
import { matchStatedRate, type RateMatch } from './stated-rates';
import { matchYear } from './years';

/** Kinds a qualifier ("around", "more than") can make approximate; years and dates are exact. */
const QUALIFIABLE = new Set(['money', 'percent', 'quantity']);
/** Punctuation that can start a figure: currency signs and minus signs. */
const STARTERS = new Set([...Object.keys(SYMBOLS), '-', '−']);

function matchOne(ctx: Ctx, i: number): Match | number {
	const date = matchDate(ctx, i);
	if (date) return date;
	const money = matchMoney(ctx, i) ?? matchPercent(ctx, i);
	if (money) return money;
	const skip = skipNotFigure(ctx, i);
	if (skip > i) return skip;
	return matchYear(ctx, i) ?? matchQuantity(ctx, i) ?? i + 1;
}

/** The second number of a range, as any matcher reads it; defined once, not per token. */
function matchAsRangeEnd(ctx: Ctx, k: number): Match | null {
	const m = matchOne(ctx, k);
	return typeof m === 'number' ? null : m;
}

function matchAt(ctx: Ctx, i: number): Match[] | number {
	const range = matchRange(ctx, i, matchAsRangeEnd);
	if (range) return range;
	const m = matchOne(ctx, i);
	return typeof m === 'number' ? m : [m];
}

/** All matches in one sentence, left to right, never overlapping; stated rates go to `rates`. */
export function matchSentence(ctx: Ctx, rates: RateMatch[] = []): Match[] {
	const out: Match[] = [];
	ctx.clues ??= readClues(ctx.ts, undefined);
	let floor = 0;
	for (let i = 0; i < ctx.ts.length;) {
		const t = tok(ctx, i);
		// Only numbers, words and currency or minus signs can start a figure; skip the rest cheaply.
		if (!t || t.type === 'url' || (t.type === 'punct' && !STARTERS.has(t.text))) {
			i++;
			continue;
		}
		const rate = matchStatedRate(ctx, i);
		if (rate) {
			rates.push(rate);
			i = floor = rate.to;
			continue;
		}
		let found = matchAt(ctx, i);
		if (typeof found === 'number') {
			const carried = carryNoun(ctx, i, out[out.length - 1]);
			if (!carried) {
				i = found;
				continue;
			}
			found = [carried];
		}
		for (const m of found) {
			const q = QUALIFIABLE.has(m.kind) ? findQualifier(ctx, m.from, floor) : null;
			if (q) [m.lead, m.qualifier, m.approximate] = [q[0], q[1], true];
			out.push(m);
			floor = m.tail;
			i = m.to;
		}
	}
	linkEquivalents(ctx, out);
	return out;
}

export function extractArticle(text: string, options: ExtractOptions = {}): ArticleExtraction {
	const job = startExtraction(text, options);
	while (job.step());
	return job.result();
}

export function extractFigures(text: string, options: ExtractOptions = {}): Figure[] {
	return extractArticle(text, options).figures;
}

/** The exchange rates the article states itself ("($1 = 0.9239 euros)"); never figures. */
export function extractStatedRates(text: string, options: ExtractOptions = {}): StatedRate[] {
	return extractArticle(text, options).rates;
}
