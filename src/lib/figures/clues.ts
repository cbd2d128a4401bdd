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
import { table } from './table';
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

/** Words that place a story in a country, by the currency that country uses. */
const PLACES = table<string>({
	australia: 'AUD', australian: 'AUD', canberra: 'AUD', sydney: 'AUD', melbourne: 'AUD',
	canada: 'CAD', canadian: 'CAD', ottawa: 'CAD', toronto: 'CAD', zealand: 'NZD', wellington: 'NZD',
	auckland: 'NZD', singapore: 'SGD', taiwan: 'TWD', taipei: 'TWD', taiwanese: 'TWD',
	india: 'INR', indian: 'INR', delhi: 'INR', mumbai: 'INR', lanka: 'LKR', lankan: 'LKR',
	colombo: 'LKR', pakistan: 'PKR', pakistani: 'PKR', islamabad: 'PKR', norway: 'NOK',
	norwegian: 'NOK', oslo: 'NOK', denmark: 'DKK', danish: 'DKK', copenhagen: 'DKK', sweden: 'SEK',
	swedish: 'SEK', stockholm: 'SEK', czech: 'CZK', prague: 'CZK', mexico: 'MXN', mexican: 'MXN',
	philippines: 'PHP', philippine: 'PHP', manila: 'PHP', argentina: 'ARS', chile: 'CLP',
	colombia: 'COP', switzerland: 'CHF', swiss: 'CHF', bern: 'CHF', geneva: 'CHF', zurich: 'CHF',
	china: 'CNY', chinese: 'CNY', beijing: 'CNY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY'
}); // prettier-ignore
const LOCAL_DOLLARS = table<string>({ AUD: 'Australian', CAD: 'Canadian', NZD: 'New Zealand', SGD: 'Singapore', TWD: 'Taiwan' }); // prettier-ignore
/** Language regions whose own outlets write "$" for their own dollar. */
const REGION_DOLLAR = table<string>({ AU: 'AUD', CA: 'CAD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', TW: 'TWD' }); // prettier-ignore
const LOCAL_PREFIX = table<string>({ A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', Can: 'CAD', NZ: 'NZD', S: 'SGD', HK: 'HKD', NT: 'TWD' }); // prettier-ignore

/** Words and signs that show which money an article deals in. */
const MARKS = table<string>({
	'₹': 'rupee', Rs: 'rupee', INR: 'rupee', rupee: 'rupee', rupees: 'rupee', LKR: 'rupee', PKR: 'rupee',
	'£': 'GBP', GBP: 'GBP', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', pence: 'GBP',
	'€': 'EUR', euro: 'EUR', euros: 'EUR', EUR: 'EUR', $: 'USD', dollar: 'USD', dollars: 'USD',
	USD: 'USD', yen: 'yen', JPY: 'yen'
}); // prettier-ignore

type Counts = Map<string, number>;
const add = (c: Counts, k: string) => c.set(k, (c.get(k) ?? 0) + 1);
const n = (c: Counts, k: string) => c.get(k) ?? 0;

/** The country code with the most mentions among `codes`, and whether another one competes. */
function strongest(places: Counts, codes: string[]): [string | null, boolean] {
	const ranked = codes.filter((c) => n(places, c) > 0).sort((a, b) => n(places, b) - n(places, a));
	return [ranked[0] ?? null, ranked.length > 1];
}

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
	const chinese = n(places, 'CNY') > 0 && n(marks, 'yen') === 0;
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
