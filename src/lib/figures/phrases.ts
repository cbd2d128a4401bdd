/**
 * Noun phrases next to a figure, found without a parser: a few words, stopping at function words,
 * punctuation and numbers. Used for a quantity's noun ("14 artillery systems"), a percentage's base
 * ("of GDP") and labels. In: context and token index. Out: token ranges; at most `MAX_WORDS` words
 * are ever read, so every call is bounded.
 */
import { isPunct, tok, type Ctx } from './context';

export const MAX_WORDS = 4;

export const STOP = new Set(
	(
		'the a an of to in on at by for from with and or but nor as than that which who whom whose this ' +
		'these those it its is are was were be been being has have had do does did will would can could ' +
		'may might must shall should not no so if then per into onto over under about after before since ' +
		'until while each every all any both either neither some such what when where why how there here ' +
		'their his her our your my we they he she you i us them him me also only just even still yet ' +
		'thus always perhaps across less unless towards toward besides against among between during ' +
		'through via around within without upon said says say according like near nearly almost ' +
		'percent cent per annually each year ago times'
	).split(' ')
);

const IRREGULAR = new Set(
	(
		'people personnel staff police children men women aircraft equipment troops cattle sheep fish ' +
		'deer crew infantry data media'
	).split(' ')
);
const MEASURES = new Set(
	(
		'km kg mm cm ha mw gw kw kwh mwh twh bpd tonnes tons tonne ton barrels miles metres meters feet ' +
		'acres hectares litres liters gallons'
	).split(' ')
);

/** Looks like the head noun of a counted phrase: a plural, or a measure. */
export function isHead(lower: string): boolean {
	if (IRREGULAR.has(lower) || MEASURES.has(lower)) return true;
	return lower.length > 2 && lower.endsWith('s') && !/(ss|us|is)$/.test(lower);
}

export interface Phrase {
	from: number;
	to: number;
	/** Token index of each word's start. */
	words: number[];
}

/**
 * A word and what is glued to it, starting at i: "-word" ("surface-to-air") or digits and letters of
 * a model name ("M1", "F-35A"). Returns the end index.
 */
function compound(ctx: Ctx, i: number): number {
	let e = i + 1;
	for (let n = 0; n < 4; n++) {
		const t = tok(ctx, e);
		const w = tok(ctx, e + 1);
		if (t && !t.gap && (t.type === 'num' || t.type === 'word')) e += 1;
		else if (isPunct(ctx, e, '-') && !t?.gap && w && !w.gap && w.type !== 'punct') e += 2;
		else break;
	}
	return e;
}

/**
 * The counted noun phrase starting at i: words up to and including the first head noun. With
 * `single` (the count is one), the first word is enough.
 */
export function countedPhrase(ctx: Ctx, i: number, single: boolean): Phrase | null {
	const words: number[] = [];
	let j = i;
	for (let n = 0; n < MAX_WORDS; n++) {
		const t = tok(ctx, j);
		if (!t || t.type !== 'word' || !t.gap || STOP.has(t.lower)) break;
		const e = compound(ctx, j);
		words.push(j);
		j = e;
		if (isHead(tok(ctx, e - 1)?.lower ?? '')) return { from: i, to: j, words };
		if (single) return { from: i, to: j, words };
	}
	return null;
}

/** Plain words from i (no stop words), up to MAX_WORDS, possessives allowed ("the country's GDP"). */
export function wordsFrom(ctx: Ctx, i: number): Phrase | null {
	const words: number[] = [];
	let j = i;
	while (words.length < MAX_WORDS) {
		const t = tok(ctx, j);
		if (!t || t.type !== 'word' || (!t.gap && j > 0) || STOP.has(t.lower)) break;
		words.push(j);
		j = compound(ctx, j);
		if (isPunct(ctx, j, "'’") && tok(ctx, j + 1)?.lower === 's' && !tok(ctx, j + 1)?.gap) j += 2;
	}
	return words.length ? { from: i, to: j, words } : null;
}
