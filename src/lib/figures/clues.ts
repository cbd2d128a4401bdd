/**
 * What the whole article says about its own conventions, read once before any figure is matched:
 * which country a bare "$", "Rs", "¥", "kroner" or "pesos" belongs to, whether rupees are the
 * article's money (for a bare "3.31 lakh crore"), which cents it means, and whether numeric dates
 * run day-first.
 *
 * In: every token of the article and the extract options. Out: `Clues`, each guess paired with the
 * reason a reader should check it (null when the text or the article's language tag settles it).
 * One pass over the tokens with table look-ups, so linear. Pure.
 */
import { LOCAL_DOLLARS, LOCAL_PREFIX, MARKS, PLACES, REGION_DOLLAR } from './places';
import type { Token } from './tokens';
import { dateOrder, type DateOrder } from './date-order';

export interface Guess {
	code: string;
	check: string | null;
}

export interface Clues {
	/** What a bare "$" or "dollars" means. */
	dollar: Guess;
	/** What "Rs" and bare "rupees" mean. */
	rupee: Guess;
	/** The article states rupee amounts elsewhere, so a bare lakh/crore amount is in rupees. */
	rupees: boolean;
	yen: Guess;
	/** Bare "kroner"/"crowns"/"pesos"/"francs": the country the story is about, always a guess. */
	krone: Guess | null;
	crown: Guess | null;
	peso: Guess | null;
	franc: Guess;
	cents: Guess;
	/** The article deals in pounds, so "12p" is pence. */
	pounds: boolean;
	dates: DateOrder;
}

type Counts = Map<string, number>;
const add = (c: Counts, k: string) => c.set(k, (c.get(k) ?? 0) + 1);
const n = (c: Counts, k: string) => c.get(k) ?? 0;

/** The country code with the most mentions among `codes`, and whether another one competes. */
function strongest(places: Counts, codes: string[]): [string | null, boolean] {
	const ranked = codes.filter((c) => n(places, c) > 0).sort((a, b) => n(places, b) - n(places, a));
	return [ranked[0] ?? null, ranked.length > 1];
}

/**
 * A bare "$". US dollars unless the story belongs to a dollar country of its own (named at least
 * twice, or the language tag's region): an outlet that prefixes its own dollar ("A$") keeps "$" for
 * US dollars, no check; a story tagged en-AU (etc.) means its own dollar, no check; an untagged
 * story that writes "US$" for US dollars means its own dollar by "$", flagged; an untagged story
 * with no prefix at all stays US dollars, flagged, since either reading is a guess.
 */
function dollar(places: Counts, marks: Counts, region: string | null): Guess {
	const fromRegion = region ? REGION_DOLLAR[region] : undefined;
	const local = fromRegion ?? strongest(places, Object.keys(LOCAL_DOLLARS))[0];
	if (!local || n(places, local) + (fromRegion ? 2 : 0) < 2) return { code: 'USD', check: null };
	// An outlet that writes "A$" for its own dollar keeps a bare "$" for US dollars.
	if (n(marks, `prefix:${local}`) > 0) return { code: 'USD', check: null };
	if (fromRegion) return { code: local, check: null };
	const name = LOCAL_DOLLARS[local] ?? local;
	if (n(marks, 'US$') > 0)
		return {
			code: local,
			check: `bare $ read as ${name} dollars: the story writes US$ for US ones`
		};
	return { code: 'USD', check: `bare $ in a ${name} story: could be ${name} dollars` };
}

function guess(places: Counts, codes: string[], what: string): Guess | null {
	const [code, rival] = strongest(places, codes);
	if (!code) return null;
	return {
		code,
		check: `${what} read as ${code}${rival ? ', though other countries are named' : ''}: the currency is not named`
	};
}

/** Reads the clues from the article's tokens, sentence by sentence (or one flat list). */
export function readClues(sentences: Token[][] | Token[], language: string | undefined): Clues {
	const places: Counts = new Map();
	const marks: Counts = new Map();
	const lists = (Array.isArray(sentences[0]) ? sentences : [sentences]) as Token[][];
	for (const tokens of lists) {
		for (let k = 0; k < tokens.length; k++) {
			const t = tokens[k] as Token;
			if (t.type === 'num') continue;
			const code = t.type === 'word' ? PLACES[t.lower] : undefined;
			if (code) add(places, code);
			const next = tokens[k + 1];
			if (t.type === 'word' && next?.text === '$' && !next.gap) {
				const local = LOCAL_PREFIX[t.text];
				add(marks, t.text === 'US' ? 'US$' : local ? `prefix:${local}` : t.text);
			}
			const mark = MARKS[t.text] ?? MARKS[t.lower];
			if (mark) add(marks, mark);
		}
	}
	const region = /^[a-z]{2}-([A-Z]{2})$/.exec(language ?? '')?.[1] ?? null;
	const usd = dollar(places, marks, region);
	const [rupeeCode, rupeeRival] = strongest(places, ['INR', 'LKR', 'PKR']);
	const rupee: Guess = !rupeeCode
		? { code: 'INR', check: null }
		: {
				code: rupeeCode,
				check: rupeeRival ? `Rs read as ${rupeeCode}: several rupee countries are named` : null
			};
	// "¥" is yuan only in a story that names yuan and neither yen nor Japan: a Japanese story that
	// mentions China keeps its yen.
	const chinese = n(marks, 'yuan') > 0 && n(marks, 'yen') === 0 && n(places, 'JPY') === 0;
	const swiss = n(places, 'CHF') > 0;
	const euroCents = n(marks, 'EUR') > 0 && n(marks, 'USD') === 0;
	return {
		dollar: usd,
		rupee,
		rupees: n(marks, 'rupee') > 0,
		yen: chinese ? { code: 'CNY', check: '¥ read as yuan: the story names yuan, not yen' } : { code: 'JPY', check: null },
		krone: guess(places, ['NOK', 'DKK'], 'kroner'),
		crown: guess(places, ['SEK', 'NOK', 'DKK', 'CZK'], 'crowns'),
		peso: guess(places, ['MXN', 'PHP', 'ARS', 'CLP', 'COP'], 'pesos'),
		franc: { code: 'CHF', check: swiss ? null : 'francs read as Swiss francs: the story names no country' },
		cents: euroCents
			? { code: 'EUR', check: null }
			: { code: usd.code, check: n(marks, 'USD') > 0 ? usd.check : `cents read as ${usd.code} cents` },
		pounds: n(marks, 'GBP') > 0,
		dates: dateOrder(lists, region)
	}; // prettier-ignore
}
