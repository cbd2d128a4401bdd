/**
 * A currency written in words after a number: "yen", "euros", "Australian dollars", "Swedish
 * crowns", "pounds sterling", "pence", an ISO code ("5 billion SEK"), or a hyphenated compound
 * adjective ("a 100-billion-euro fund"). In: context and token index. Out: the currency with the
 * reason to check it when the article's clues had to pick the country, or null. Reads at most four
 * tokens.
 */
import type { Guess } from './clues';
import { cluesOf, isPunct, isWord, tok, type Ctx } from './context';
import {
	ADJECTIVES,
	ISO_CODES,
	MINOR,
	NEEDS_ADJECTIVE,
	SHARED,
	TWO_WORD_ADJECTIVES,
	WORDS
} from './currencies';

export interface CurrencyWord {
	code: string;
	/** The currency noun as written, lower-cased ("pounds", "won"). */
	noun: string;
	to: number;
	/** An adjective, a code or "sterling" settled the meaning ("Korean won", "pounds sterling"). */
	explicit: boolean;
	/** 0.01 for pence and cents, else 1. */
	factor: number;
	check: string | null;
}

/** An adjective before the currency noun: "US", "U.S.", "Hong Kong", "South Korean". */
function adjective(ctx: Ctx, i: number): [string, number] | null {
	if (isWord(ctx, i, 'u') && isPunct(ctx, i + 1, '.') && isWord(ctx, i + 2, 's')) {
		return ['USD', isPunct(ctx, i + 3, '.') ? i + 4 : i + 3];
	}
	const t = tok(ctx, i);
	if (!t || t.type !== 'word') return null;
	const two = TWO_WORD_ADJECTIVES[`${t.lower} ${tok(ctx, i + 1)?.lower ?? ''}`];
	if (two) return [two, i + 2];
	const code = ADJECTIVES[t.lower];
	return code ? [code, i + 1] : null;
}

/** The article's guess for a shared noun with no adjective. */
function clue(ctx: Ctx, noun: string): Guess | null {
	const c = cluesOf(ctx);
	if (noun.startsWith('dollar')) return c.dollar;
	if (noun.startsWith('rupee')) return c.rupee;
	if (noun.startsWith('kron')) return c.krone;
	if (noun.startsWith('crown')) return c.crown;
	if (noun.startsWith('peso')) return c.peso;
	if (noun.startsWith('franc')) return c.franc;
	return null;
}

function minor(ctx: Ctx, noun: string): Guess | null {
	if (MINOR[noun] === 'cents') return cluesOf(ctx).cents;
	return { code: 'GBP', check: null };
}

/** A currency noun (or ISO code) at token i, with an optional adjective before it. */
export function currencyWordAt(ctx: Ctx, i: number, hyphened = false): CurrencyWord | null {
	const adj = adjective(ctx, i);
	const k = adj ? adj[1] : i;
	const t = tok(ctx, k);
	if (!t || t.type !== 'word' || (!t.gap && k === i && !hyphened)) return null;
	if (!adj && ISO_CODES.has(t.text)) {
		const code = t.text === 'RMB' ? 'CNY' : t.text;
		return { code, noun: t.lower, to: k + 1, explicit: true, factor: 1, check: null };
	}
	if (MINOR[t.lower] && t.lower !== 'p' && !adj) {
		const g = minor(ctx, t.lower);
		return g && { code: g.code, noun: t.lower, to: k + 1, explicit: false, factor: 0.01, check: g.check };
	}
	const base = WORDS[t.lower];
	if (!base || (NEEDS_ADJECTIVE.has(t.lower) && !adj)) return null;
	const sterling = (t.lower === 'pound' || t.lower === 'pounds') && isWord(ctx, k + 1, 'sterling');
	const to = sterling ? k + 2 : k + 1;
	const explicit = adj !== null || sterling;
	if (!SHARED.has(t.lower)) return { code: base, noun: t.lower, to, explicit, factor: 1, check: null };
	if (adj) return { code: adj[0], noun: t.lower, to, explicit, factor: 1, check: null };
	const g = clue(ctx, t.lower);
	return g && { code: g.code, noun: t.lower, to, explicit, factor: 1, check: g.check };
} // prettier-ignore
