/**
 * A short label for what a figure measures, guessed from its sentence: the noun it counts, a noun
 * right after it ("$1 billion shipment"), where an amount goes ("85.5 billion yen for missile
 * defence": each item of a list takes its own), the noun phrase it qualifies ("a record defence
 * budget worth $56 billion" → "defence budget"), a figure it restates, or the sentence's subject.
 * A label that names nothing ("spent", "haul") gives way to the subject. Editorial notes override
 * it downstream. In: context, the sentence's matches, the index of the one to label and the labels
 * of those before it. Out: at most 60 characters. Reads a bounded window of tokens.
 */
import { table } from './table';
import { span, tok, type Ctx, type Match } from './context';
import { attributive, phraseBefore, phraseFrom, purpose } from './label-phrases';
import { datelineEnd, subject } from './label-subject';
import {
	CHANGE,
	DETS,
	GENERIC,
	isNounish,
	isVerbal,
	LINKS,
	TIME,
	PARTICLES,
	VAGUE,
	VERBS
} from './label-words';
import { STOP, wordsFrom } from './phrases';
import { walkBack, type Walk } from './label-walk';

export const MAX_LABEL = 60;
const DATELINE = 'dateline';

function clip(s: string): string {
	if (s.length <= MAX_LABEL) return s;
	const cut = s.slice(0, MAX_LABEL + 1);
	const space = cut.lastIndexOf(' ');
	return (space > 0 ? cut.slice(0, space) : cut.slice(0, MAX_LABEL)).trimEnd();
}

/** "the NATO standard of two percent": a generic head points back at what it is a standard for. */
function beyondGeneric(ctx: Ctx, p: [number, string]): [number, string] {
	let k = p[0] - 1;
	for (let n = 0; n < 4 && (LINKS.has(tok(ctx, k)?.lower ?? '') || DETS.has(tok(ctx, k)?.lower ?? '')); n++) k--;
	// After a verb ("sets an economic growth target of 5%") the generic phrase is the label itself.
	if (isVerbal(ctx, k)) return p;
	return phraseBefore(ctx, k) ?? p;
} // prettier-ignore

/** The label of an earlier figure: the same kind first, then the one landed on. */
function inherited(ctx: Ctx, m: Match, w: Walk, before: Match[], k: number, labels: string[]): string | null {
	let same: number | undefined;
	// Bounded, so a sentence of 10,000 amounts stays linear.
	for (let i = k - 1; i >= Math.max(0, k - 20) && same === undefined; i--)
		if (before[i]?.kind === m.kind && labels[i] !== DATELINE) same = i;
	const landed = before[w.landed];
	if (landed && landed.kind !== m.kind && m.kind === 'percent' && m.unit) return m.unit;
	if (landed && landed.kind !== m.kind && same !== undefined) return labels[same] ?? null;
	const label = labels[w.landed] ?? null;
	// "UK defence spending in 2023/24 stood at £54.2bn": the year the sentence gives is the period.
	if (label && landed?.kind === 'year' && m.kind !== 'year') return `${label}, ${span(ctx, landed.from, landed.to)}`;
	return label;
} // prettier-ignore

function found(ctx: Ctx, m: Match, before: Match[], k: number, labels: string[]): string | null {
	const attr = m.kind === 'date' ? null : attributive(ctx, m);
	if (attr) return attr;
	const goal = m.kind === 'money' ? purpose(ctx, m) : null;
	const w = walkBack(ctx, m, before, k);
	if (w.landed >= 0) return goal ?? inherited(ctx, m, w, before, k, labels);
	let p = w.phrase;
	if (p && GENERIC.has(tok(ctx, w.end)?.lower ?? '')) p = beyondGeneric(ctx, p);
	// Who and what when both fit; the purpose alone when together they would be cut short.
	const both = p && goal ? `${p[1]}: ${goal}` : '';
	if (both && w.verb && !w.speech && both.length <= MAX_LABEL) return both;
	if (goal) return goal;
	// "Defence spending is forecast to reach 2.4 per cent of GDP": the share the subject takes.
	if (p && m.kind === 'percent' && m.unit && w.verb) return `${p[1]} (share of ${m.unit})`;
	if (p && CHANGE.has(p[1].toLowerCase())) return changeOver(ctx, m, p[1]);
	return p?.[1] ?? (m.kind === 'percent' ? m.unit : null);
} // prettier-ignore

/** "an increase of 6.2 per cent over the previous allocation": what the change is measured from. */
function changeOver(ctx: Ctx, m: Match, change: string): string {
	if (!['over', 'from', 'on'].includes(tok(ctx, m.tail)?.lower ?? '')) return change;
	let k = m.tail + 1;
	while (DETS.has(tok(ctx, k)?.lower ?? '')) k++;
	const base = phraseFrom(ctx, k);
	return base ? `${change} over ${base}` : change;
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

/** A label that names nothing: verbs alone, a particle, a vague noun or a time word. */
function namesNothing(label: string | null): boolean {
	if (!label) return true;
	const w = label.toLowerCase();
	const verbs = w.split(/\s+/).every((x) => VERBS.has(x) || PARTICLES.has(x));
	return verbs || (!/\s/.test(w) && (VAGUE.has(w) || /ed$/.test(w) || TIME.has(w)));
}

/** When the sentence names nothing the figure measures, say so rather than quote a fragment. */
const UNNAMED = table<string>({
	money: 'amount (not named)', percent: 'share (not named)', quantity: 'count (not named)',
	year: 'year (not named)', date: 'date (not named)'
}); // prettier-ignore

export function labelFor(ctx: Ctx, k: number, matches: Match[], labels: string[]): string {
	const m = matches[k] as Match;
	if (m.kind === 'quantity' && m.unit) {
		const of = tok(ctx, m.to)?.lower === 'of' ? wordsFrom(ctx, m.to + 1) : null;
		return clip(of ? `${m.unit} of ${span(ctx, of.from, of.to)}` : m.unit);
	}
	// A dateline ("TOKYO, Dec 23, 2023 (AFP)") dates the report itself.
	const first = tok(ctx, 0);
	const dateline = m.from <= 2 && first && /^\p{Lu}{2,}$/u.test(first.text);
	if (m.kind === 'date' && (dateline || m.to <= datelineEnd(ctx))) return DATELINE;
	const label = found(ctx, m, matches, k, labels) ?? forward(ctx, m);
	if (!namesNothing(label)) return clip(label as string);
	const fallback = subject(ctx);
	return clip(namesNothing(fallback) ? (UNNAMED[m.kind] ?? m.kind) : (fallback as string));
}
