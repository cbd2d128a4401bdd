/**
 * The noun phrases a label is made of, found without a parser: the phrase ending at a token
 * ("record defence budget" → "defence budget", "Ministry of Defence"), the purpose after an amount
 * ("for two Aegis upgrades", "will go to arms purchases"), a noun right after it ("$1 billion
 * shipment of weapons") and the sentence's subject. In: context and token indices. Out: token ranges
 * as text, or null. Every walk is capped at a handful of tokens, so each call is bounded.
 */
import { isPunct, isCapitalized, span, tok, type Ctx, type Match } from './context';
import {
	AUX,
	COMPARATIVES,
	DETS,
	DURATION,
	isNounish,
	isVerbal,
	LINKS,
	MODIFIERS,
	OBJECT_VERBS,
	PURPOSE,
	TIME
} from './label-words';
import { STOP, wordsFrom } from './phrases';

/** The noun phrase ending at token j, walking back: [first token, text], dropping lead modifiers. */
export function phraseBefore(ctx: Ctx, j: number, join = true): [number, string] | null {
	let a = j;
	for (let n = 0; n < 10 && isNounish(ctx, a - 1); n++) a--;
	if (!isNounish(ctx, j)) return null;
	// Never open on a possessive's tail ("'s Financial Secretary" when the walk ran out).
	while (
		a < j &&
		(tok(ctx, a)?.type === 'punct' || (tok(ctx, a)?.lower === 's' && !tok(ctx, a)?.gap))
	)
		a++;
	while (a < j) {
		const t = tok(ctx, a);
		const more = tok(ctx, a + 1)?.type === 'word';
		const modifier = t && t.text === t.lower && MODIFIERS.has(t.lower);
		if (!t || !more || !(modifier || (a === j - 1 ? false : t.lower.endsWith('ing')))) break;
		a++;
	}
	if (!join) return [a, span(ctx, a, j + 1)];
	// "Defense Ministry (Sedena)": a bracketed short name follows the phrase it names.
	if (isPunct(ctx, a - 1, '(') && isPunct(ctx, j + 1, ')')) {
		const named = phraseBefore(ctx, a - 2, false);
		if (named) return [named[0], span(ctx, named[0], j + 2)];
	}
	// "Ministry of Defence", "capital outlay for the armed forces": the head comes before "of"/"for".
	const k = DETS.has(tok(ctx, a - 1)?.lower ?? '') ? a - 2 : a - 1;
	const head = ['of', 'for'].includes(tok(ctx, k)?.lower ?? '')
		? phraseBefore(ctx, k - 1, false)
		: null;
	if (head) return [head[0], span(ctx, head[0], j + 1)];
	return [a, span(ctx, a, j + 1)];
} // prettier-ignore // prettier-ignore

/** Plain words from k that stop before the first verb: "Parliament raised it" → "Parliament". */
export function nounWords(ctx: Ctx, k: number): number | null {
	const p = wordsFrom(ctx, k);
	if (!p) return null;
	const verb = p.words.findIndex((w, i) => i > 0 && isVerbal(ctx, w));
	return verb > 0 ? (p.words[verb] ?? p.to) : p.to;
}

/** A noun phrase read forwards from k, with one "of" part: "shipment of weapons". */
export function phraseFrom(ctx: Ctx, k: number): string | null {
	let end = nounWords(ctx, k);
	if (end === null) return null;
	if (tok(ctx, end)?.lower === 'of') {
		const d = DETS.has(tok(ctx, end + 1)?.lower ?? '') ? end + 2 : end + 1;
		const q = wordsFrom(ctx, d);
		const qEnd = nounWords(ctx, d);
		if (q && qEnd !== null && q.words.length <= 3) end = qEnd;
	}
	const words = span(ctx, k, end);
	return words.split(/\s+/).some((w) => TIME.has(w.toLowerCase())) ? null : words;
}

/** Where the words after a figure start: past a bracketed equivalent ("3 trillion yen ($20bn)"). */
function after(ctx: Ctx, m: Match): number {
	if (!isPunct(ctx, m.tail, '(')) return m.tail;
	for (let k = m.tail + 1; k < m.tail + 8; k++) if (isPunct(ctx, k, ')')) return k + 1;
	return m.tail;
}

/** A noun right after the figure names it: "$1 billion shipment", "a 2025 budget", "0.7% target". */
export function attributive(ctx: Ctx, m: Match): string | null {
	const k = after(ctx, m);
	const t = tok(ctx, k);
	if (!t || t.type !== 'word' || !t.gap || STOP.has(t.lower) || LINKS.has(t.lower)) return null;
	if (TIME.has(t.lower) || MODIFIERS.has(t.lower) || isVerbal(ctx, k) || /ly$/.test(t.lower)) return null;
	if (AUX.has(t.lower) || COMPARATIVES.has(t.lower)) return null;
	if (isCapitalized(t.text) && m.kind !== 'money') return null;
	return phraseFrom(ctx, k);
} // prettier-ignore

/** "for missile defence", "will go to arms purchases", "had been set aside for cyber": the purpose. */
export function purpose(ctx: Ctx, m: Match): string | null {
	let k = after(ctx, m);
	if (isPunct(ctx, k, ',') && OBJECT_VERBS.has(tok(ctx, k + 1)?.lower ?? '')) k++;
	for (let n = 0; n < 6; n++) {
		const w = tok(ctx, k)?.lower ?? '';
		if (PURPOSE.has(w) || OBJECT_VERBS.has(w)) break;
		// "over (the next) four years": a duration between the amount and its purpose.
		const span3 = [1, 2, 3, 4].find((d) => DURATION.has(tok(ctx, k + d)?.lower ?? ''));
		if (w === 'over' && span3 !== undefined) k += span3 + 1;
		else if (w === 'a' && TIME.has(tok(ctx, k + 1)?.lower ?? '')) k += 2; // "£3bn a year on …"
		else if (isVerbal(ctx, k) || AUX.has(w) || ['more', 'less', 'aside'].includes(w)) k++;
		else break;
	}
	const w = tok(ctx, k)?.lower ?? '';
	if (OBJECT_VERBS.has(w)) return phraseFrom(ctx, k + 1);
	if (!PURPOSE.has(w)) return null;
	k++;
	// "¥300 billion to ¥400 billion to costs": past a second amount to the purpose that follows.
	if (tok(ctx, k)?.type !== 'word') {
		for (let n = 0; n < 5 && !PURPOSE.has(tok(ctx, k)?.lower ?? ''); n++) k++;
		if (!PURPOSE.has(tok(ctx, k)?.lower ?? '')) return null;
		k++;
	}
	// "for running the armed forces": a gerund before a determiner is the verb of the purpose.
	if (tok(ctx, k)?.lower.endsWith('ing') && DETS.has(tok(ctx, k + 1)?.lower ?? '')) k++;
	while (DETS.has(tok(ctx, k)?.lower ?? '')) k++;
	return phraseFrom(ctx, k);
} // prettier-ignore
