/**
 * The word lists the labeller walks over, and the token tests built on them. Pure data plus bounded
 * look-ups at one or two tokens; no phrase is assembled here (`label-phrases.ts` does that).
 */
import { isPunct, tok, type Ctx, type Match } from './context';
import { STOP } from './phrases';

const words = (s: string) => new Set(s.split(' '));

/** Words between a figure and the thing it measures: "budget worth $56 billion", "market at". */
export const LINKS = words(
	'worth of at to is was were are be been estimated valued totalling totaling reached hit rose fell ' +
		'by in on from for stood amounting amounted costing cost costs with than reach increased set ' +
		'put between including includes include under until till through since below above rather ' +
		'down up into over as against equivalent equal or and nearly almost roughly some more less ' +
		'least most it them after before'
);
/** News verbs that sit between a subject and its amount: "Germany will spend €53bn on defence". */
export const VERBS = words(
	'spend spends pledged pledge pledges allocated allocate earmarked aside raised paid pays ' +
		'sent send sends sold sell sells bought buy buys received receive receives approved approve ' +
		'announced announce proposed propose requested request sought seek signed sign provided provide ' +
		'committed commit invested invest offered offer gave give grew jumped climbed dropped declined ' +
		'decreased totalled totaled topped exceeded said says expects expected plans planned aims ' +
		'rises falls grows increases will would has have had plus get gets got set sets spent used left ' +
		'stay stays stayed remain remains remained total totals add adds added draw draws drew wanted ' +
		'want wants asked ask asks includes included lifting lifts lift shrank contracted expanded meant'
);
/** Verbs that report speech: the speaker is not what a figure measures. */
export const SPEECH = words('said says told announced confirmed added noted stated');
export const AUX = words(
	'is are was were be been being has have had will would should could can may might must to'
);
export const TIME = words(
	'this next last year years month months week weeks day days today yesterday tomorrow monday ' +
		'tuesday wednesday thursday friday saturday sunday annually decade decades period ' +
		'time now currently already also only still then first earlier later january february march ' +
		'april may june july august september october november december jan feb mar apr jun jul aug ' +
		'sep sept oct nov dec'
);
/** Heads that only point at another noun: "the NATO standard of 2%" measures defence spending. */
export const GENERIC = words(
	'standard target goal level threshold benchmark rate figure amount sum'
);
/** One-word labels that name nothing: fall back to the sentence's subject. */
export const VAGUE = words('haul money total rest most part lot sum amount figure this that it');
/** Comparatives after a figure say how it compares, not what it is: "0.2 points lower". */
export const COMPARATIVES = words(
	'lower higher bigger smaller larger greater fewer cheaper dearer'
);
/** Particles left over from a phrasal verb ("spell that out"): never a label. */
export const PARTICLES = words('out up off down away back aside over');
export const MODIFIERS = words(
	'record new massive huge total annual overall additional further whopping planned proposed so-called extra another'
);
export const DETS = words('the a an its their his her our this that these those');
/** Words after an amount that say where it goes: "for missile defence", "into its Ukraine fund". */
export const PURPOSE = words('for on into in to from towards toward of');
/** Verbs whose object is what an amount pays for: "R$98 billion pays salaries". */
export const OBJECT_VERBS = words('pays covers buys funds finances');
/** Heads that say a figure is a change: "an increase of 6.2 per cent over the previous allocation". */
export const CHANGE = words('increase rise cut jump fall drop hike decrease boost');
/** Durations are time phrases, not what an amount measures ("over the next five years"). */
export const DURATION = words('years months weeks days decades quarters');

export const isDuration = (m: Match) => m.kind === 'quantity' && DURATION.has(m.unit ?? '');

export const isNounish = (ctx: Ctx, j: number): boolean => {
	const t = tok(ctx, j);
	if (!t) return false;
	// A word glued to a number is its suffix ("2010s"), not a noun.
	if (t.type === 'word') return !STOP.has(t.lower) && (t.gap || tok(ctx, j - 1)?.type !== 'num');
	// Possessives and hyphens inside a phrase: "Japan's defence", "surface-to-air".
	return isPunct(ctx, j, "'’-") && !t.gap && tok(ctx, j - 1)?.type === 'word';
};

/** A lower-case word right after an auxiliary is a verb form: "is forecast", "will total". */
export const afterAux = (ctx: Ctx, j: number): boolean => {
	const t = tok(ctx, j);
	return t?.type === 'word' && t.text === t.lower && AUX.has(tok(ctx, j - 1)?.lower ?? '');
};

const NOT_PARTICIPLES = words('hundred need speed seed red bed feed shed armed');

/**
 * Reads as a verb in a news sentence: in the verb list, a verb form after an auxiliary, or a
 * lower-case past participle ("the Budget presented on July 23").
 */
export const isVerbal = (ctx: Ctx, j: number): boolean => {
	const t = tok(ctx, j);
	if (!t || t.type !== 'word') return false;
	const participle = t.text === t.lower && /ed$/.test(t.lower) && !NOT_PARTICIPLES.has(t.lower);
	return VERBS.has(t.lower) || afterAux(ctx, j) || participle;
};
