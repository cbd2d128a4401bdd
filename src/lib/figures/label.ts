/**
 * A short label for what a figure measures, guessed from its sentence: the noun phrase it qualifies
 * ("a record defence budget worth $56 billion" → "defence budget"), the noun it counts, or the phrase
 * after it. Editorial notes override it downstream. In: context, the match and the previous match in
 * the sentence with its label. Out: at most 60 characters. Reads a bounded window of tokens.
 */
import { isPunct, span, tok, type Ctx, type Match } from './context';
import { STOP, wordsFrom } from './phrases';

export const MAX_LABEL = 60;

/** Words between a figure and the thing it measures: "budget worth $56 billion", "market at". */
const LINKS = new Set(
	(
		'worth of at to is was were are be been estimated valued totalling totaling reached hit rose fell ' +
		'by in on from for stood amounting amounted costing cost with than reach increase increased ' +
		'cut boost set put rose fell hit reached'
	).split(' ')
);
/** Heads that only point at another noun: "the NATO standard of 2%" measures defence spending. */
const GENERIC = new Set(
	'standard target goal level threshold benchmark rate figure amount sum'.split(' ')
);
const MODIFIERS = new Set(
	'record new massive huge total annual overall additional further whopping planned proposed so-called'.split(
		' '
	)
);

function clip(s: string): string {
	if (s.length <= MAX_LABEL) return s;
	const cut = s.slice(0, MAX_LABEL + 1);
	const space = cut.lastIndexOf(' ');
	return (space > 0 ? cut.slice(0, space) : cut.slice(0, MAX_LABEL)).trimEnd();
}

const isNounish = (ctx: Ctx, j: number) => {
	const t = tok(ctx, j);
	if (!t) return false;
	// A word glued to a number is its suffix ("2010s"), not a noun.
	if (t.type === 'word') return !STOP.has(t.lower) && (t.gap || tok(ctx, j - 1)?.type !== 'num');
	// Possessives and hyphens inside a phrase: "Japan's defence", "surface-to-air".
	return isPunct(ctx, j, "'’-") && !t.gap && tok(ctx, j - 1)?.type === 'word';
};

/** The noun phrase ending at token j, walking back: [first token, text], dropping lead modifiers. */
function phraseBefore(ctx: Ctx, j: number): [number, string] | null {
	let a = j;
	for (let n = 0; n < 8 && isNounish(ctx, a - 1); n++) a--;
	if (!isNounish(ctx, j)) return null;
	while (a < j) {
		const t = tok(ctx, a);
		const more = tok(ctx, a + 1)?.type === 'word';
		if (!t || !more || !(MODIFIERS.has(t.lower) || (a === j - 1 ? false : t.lower.endsWith('ing'))))
			break;
		a++;
	}
	return [a, span(ctx, a, j + 1)];
}

/** News verbs that sit between a subject and its amount: "Germany will spend €53bn on defence". */
const VERBS = new Set(
	(
		'spend spends pledged pledge pledges allocated allocate earmarked aside raised raise paid pay pays ' +
		'sent send sends sold sell sells bought buy buys received receive receives approved approve ' +
		'announced announce proposed propose requested request sought seek signed sign provided provide ' +
		'committed commit invested invest offered offer gave give grew jumped climbed dropped declined ' +
		'decreased totalled totaled topped exceeded costs said says expects expected plans planned aims ' +
		'rise rises fall falls grow grows increase increases will would has have had up down plus and or'
	).split(' ')
);
const DETS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/** Steps back over link words, verbs and commas: [index reached, a verb was passed]. */
function skipLinks(ctx: Ctx, j: number): [number, boolean] {
	let k = j;
	let verb = false;
	for (let n = 0; n < 5; n++) {
		const t = tok(ctx, k);
		if (!t) break;
		if (VERBS.has(t.lower)) verb = true;
		else if (!LINKS.has(t.lower) && !isPunct(ctx, k, '(),:')) break;
		k--;
	}
	return [k, verb];
}

/** "on defence", "for reconstruction", "in aid" after the figure: what the money goes to. */
function purpose(ctx: Ctx, m: Match): string | null {
	if (!['on', 'for', 'in'].includes(tok(ctx, m.tail)?.lower ?? '')) return null;
	let k = m.tail + 1;
	while (DETS.has(tok(ctx, k)?.lower ?? '') && k < m.tail + 3) k++;
	const p = wordsFrom(ctx, k);
	return p ? span(ctx, p.from, p.to) : null;
}

function backward(ctx: Ctx, m: Match, prev: Match | undefined, prevLabel: string): string | null {
	const [j, verb] = skipLinks(ctx, m.lead - 1);
	// Landing on the previous figure: a list or a restatement ("3.5 per cent, up 0.5 points").
	if (prev && j >= prev.lead && j < Math.max(prev.tail, prev.to)) return prevLabel;
	let p = phraseBefore(ctx, j);
	const head = p ? (tok(ctx, j)?.lower ?? '') : '';
	if (p && GENERIC.has(head)) {
		let k = p[0] - 1;
		for (
			let n = 0;
			n < 4 && (LINKS.has(tok(ctx, k)?.lower ?? '') || DETS.has(tok(ctx, k)?.lower ?? ''));
			n++
		)
			k--;
		p = phraseBefore(ctx, k) ?? p;
	}
	const goal = verb ? purpose(ctx, m) : null;
	if (p && goal) return `${p[1]}: ${goal}`;
	return goal ?? (p ? p[1] : null);
}

function forward(ctx: Ctx, m: Match): string | null {
	let k = m.tail;
	for (let n = 0; n < 2 && STOP.has(tok(ctx, k)?.lower ?? ''); n++) k++;
	const words: number[] = [];
	for (let j = k; j < k + 10 && isNounish(ctx, j); j++) {
		const t = tok(ctx, j);
		// A past-tense verb ends the subject: "Abe's cabinet loosened the rules".
		if (t?.type === 'word' && words.length > 0 && /ed$/.test(t.lower)) break;
		words.push(j);
	}
	const last = words[words.length - 1];
	return last === undefined ? null : span(ctx, k, last + 1);
}

export function labelFor(ctx: Ctx, m: Match, prev: Match | undefined, prevLabel: string): string {
	if (m.kind === 'quantity' && m.unit) {
		const of = tok(ctx, m.to)?.lower === 'of' ? wordsFrom(ctx, m.to + 1) : null;
		return clip(of ? `${m.unit} of ${span(ctx, of.from, of.to)}` : m.unit);
	}
	// A dateline ("TOKYO, Dec 23, 2023 (AFP)") dates the report itself.
	const first = tok(ctx, 0);
	if (m.kind === 'date' && m.from <= 2 && first && /^\p{Lu}{2,}$/u.test(first.text))
		return 'dateline';
	const found = backward(ctx, m, prev, prevLabel) ?? forward(ctx, m);
	if (found) return clip(found);
	return clip(span(ctx, 0, Math.min(ctx.ts.length, 8)));
}
