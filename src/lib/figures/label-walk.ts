/**
 * The labeller's walk back from a figure to what it measures: over link words, verbs, time words,
 * durations and asides ("according to the Ministry of Defence,"), until it reaches a noun phrase
 * or an earlier figure of the same sentence (a list or a restatement). In: context, the sentence's
 * matches and the index of the one to label. Out: a `Walk`. At most 12 steps, each bounded.
 */
import { isPunct, tok, type Ctx, type Match } from './context';
import { phraseBefore } from './label-phrases';
import { AUX, DETS, isDuration, isVerbal, LINKS, MODIFIERS, SPEECH, TIME } from './label-words';

export interface Walk {
	/** Index of an earlier figure the walk landed on (a list or a restatement), or -1. */
	landed: number;
	phrase: [number, string] | null;
	/** Token index where the phrase ends. */
	end: number;
	verb: boolean;
	speech: boolean;
}

/** The earlier figure covering token j: only the last few can, since the walk is 12 tokens long. */
function covering(before: Match[], k: number, j: number): number {
	for (let i = k - 1; i >= Math.max(0, k - 12); i--) {
		const b = before[i] as Match;
		if (b.lead <= j && j < Math.max(b.tail, b.to)) return i;
	}
	return -1;
}

/** Walks back from the figure over link words, verbs, time words and durations. */
export function walkBack(ctx: Ctx, m: Match, before: Match[], k: number): Walk {
	let j = m.lead - 1;
	let [verb, speech] = [false, false];
	for (let n = 0; n < 12 && j >= 0; n++) {
		const p = covering(before, k, j);
		const hit = before[p];
		if (hit && !isDuration(hit)) return { landed: p, phrase: null, end: j, verb, speech };
		if (hit) j = hit.lead - 1;
		else if (isVerbal(ctx, j)) {
			verb = true;
			speech ||= SPEECH.has(tok(ctx, j)?.lower ?? '');
			j--;
		} else if (skippable(ctx, j)) j--;
		else {
			const past = aside(ctx, j, verb);
			if (past === j) break;
			j = past;
		}
	}
	return { landed: -1, phrase: phraseBefore(ctx, j), end: j, verb, speech };
}

function skippable(ctx: Ctx, j: number): boolean {
	const w = tok(ctx, j)?.lower ?? '';
	// "the five years": a count of a time word is part of the time phrase.
	const counted = TIME.has(tok(ctx, j + 1)?.lower ?? '') && /^(two|three|four|five|six|seven|eight|nine|ten)$/.test(w);
	return LINKS.has(w) || TIME.has(w) || MODIFIERS.has(w) || DETS.has(w) || AUX.has(w) || counted || isPunct(ctx, j, '(),:');
} // prettier-ignore

/**
 * Steps back over an aside that sits between a subject and its verb: "according to the Ministry
 * of Defence," or ", which passed to army control this month,". Returns where to go on, or j.
 */
function aside(ctx: Ctx, j: number, verb: boolean): number {
	const p = phraseBefore(ctx, j);
	if (!p) return j;
	const k = DETS.has(tok(ctx, p[0] - 1)?.lower ?? '') ? p[0] - 2 : p[0] - 1;
	if (tok(ctx, k)?.lower === 'to' && tok(ctx, k - 1)?.lower === 'according') return k - 2;
	if (!verb) return j;
	for (let c = p[0] - 1; c >= Math.max(0, p[0] - 8); c--) {
		if (['which', 'who'].includes(tok(ctx, c)?.lower ?? '') && isPunct(ctx, c - 1, ','))
			return c - 2;
	}
	return j;
}
