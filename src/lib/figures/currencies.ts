/**
 * Currency look-up tables: symbols, dollar prefixes, ISO codes and currency words, all mapped to
 * ISO 4217 codes. Pure data plus bounded look-ups over at most four tokens; no exchange rates here.
 */
import { isPunct, isWord, tok, type Ctx } from './context';

export const SYMBOLS: Record<string, string> = {
	$: 'USD',
	'€': 'EUR',
	'£': 'GBP',
	'¥': 'JPY',
	'￥': 'JPY',
	'₩': 'KRW',
	'₹': 'INR',
	'₽': 'RUB',
	'₴': 'UAH'
};

/** Letters written before "$" (case-sensitive: "US$", "A$", "HK$"). */
export const DOLLAR_PREFIXES: Record<string, string> = {
	US: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', Can: 'CAD', HK: 'HKD', NZ: 'NZD', S: 'SGD',
	NT: 'TWD', R: 'BRL'
}; // prettier-ignore

export const ISO_CODES = new Set(
	'USD EUR GBP JPY KRW CNY RMB INR AUD CAD HKD NZD SGD TWD CHF RUB UAH SEK NOK PLN ILS'.split(' ')
);

/** Currency nouns after a number, with the currency they mean when no adjective says otherwise. */
const WORDS: Record<string, string> = {
	dollar: 'USD', dollars: 'USD', yen: 'JPY', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
	sterling: 'GBP', won: 'KRW', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', ruble: 'RUB',
	rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', hryvnia: 'UAH', hryvnias: 'UAH',
	franc: 'CHF', francs: 'CHF', shekel: 'ILS', shekels: 'ILS', zloty: 'PLN', zlotys: 'PLN'
}; // prettier-ignore

/** Adjectives that pick the dollar (or other unit) meant: "Australian dollars", "Hong Kong dollars". */
const ADJECTIVES: Record<string, string> = {
	us: 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', singapore: 'SGD',
	singaporean: 'SGD', taiwan: 'TWD', taiwanese: 'TWD', zealand: 'NZD', kong: 'HKD', korean: 'KRW',
	chinese: 'CNY', indian: 'INR', british: 'GBP', swiss: 'CHF', russian: 'RUB', ukrainian: 'UAH',
	japanese: 'JPY', israeli: 'ILS', polish: 'PLN'
}; // prettier-ignore

export interface CurrencyWord {
	code: string;
	/** The currency noun as written, lower-cased ("pounds", "won"). */
	noun: string;
	to: number;
	/** An adjective or "sterling" settled the meaning ("Korean won", "pounds sterling"). */
	explicit: boolean;
}

/** An adjective before the currency noun: "US", "U.S.", "Hong Kong", "South Korean". */
function adjective(ctx: Ctx, i: number): [string, number] | null {
	if (isWord(ctx, i, 'u') && isPunct(ctx, i + 1, '.') && isWord(ctx, i + 2, 's')) {
		return ['USD', isPunct(ctx, i + 3, '.') ? i + 4 : i + 3];
	}
	const t = tok(ctx, i);
	if (!t || t.type !== 'word' || !t.gap) return null;
	if (isWord(ctx, i, 'hong', 'new', 'south') && ADJECTIVES[tok(ctx, i + 1)?.lower ?? '']) {
		return [ADJECTIVES[tok(ctx, i + 1)?.lower ?? ''] ?? 'USD', i + 2];
	}
	const code = ADJECTIVES[t.lower];
	return code ? [code, i + 1] : null;
}

/** A currency noun (or ISO code) at token i, with an optional adjective before it. */
export function currencyWordAt(ctx: Ctx, i: number): CurrencyWord | null {
	const adj = adjective(ctx, i);
	const k = adj ? adj[1] : i;
	const t = tok(ctx, k);
	if (!t || t.type !== 'word' || (!t.gap && k === i)) return null;
	if (!adj && ISO_CODES.has(t.text))
		return { code: t.text === 'RMB' ? 'CNY' : t.text, noun: t.lower, to: k + 1, explicit: true };
	const base = WORDS[t.lower];
	if (!base) return null;
	const code = adj && (base === 'USD' || t.lower.startsWith('franc')) ? adj[0] : base;
	const sterling = (t.lower === 'pound' || t.lower === 'pounds') && isWord(ctx, k + 1, 'sterling');
	return { code, noun: t.lower, to: sterling ? k + 2 : k + 1, explicit: adj !== null || sterling };
}
