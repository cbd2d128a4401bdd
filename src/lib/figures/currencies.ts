/**
 * Currency look-up tables: symbols, letter prefixes, ISO codes, currency nouns and the adjectives
 * that pick a country's unit, all mapped to ISO 4217 codes. Pure data; no exchange rates here.
 * Covers the Fed H.10 currencies (AUD BRL CAD CHF CNY DKK EUR GBP HKD INR JPY KRW LKR MXN MYR NOK
 * NZD SEK SGD THB TWD ZAR) plus USD and the others the news often names. Symbols shared by several
 * countries ("$", "¥", "Rs") are resolved from the article's clues by the money matcher.
 */
import { table } from './table';

export const SYMBOLS = table<string>({
	$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '￥': 'JPY', '₩': 'KRW', '₹': 'INR', '₽': 'RUB',
	'₴': 'UAH', '฿': 'THB', '₱': 'PHP', '₺': 'TRY', '₪': 'ILS', '₫': 'VND', '₦': 'NGN'
}); // prettier-ignore

/** Letters written before "$" (case-sensitive: "US$", "A$", "HK$", "R$", "Mex$"). */
export const DOLLAR_PREFIXES = table<string>({
	US: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', Can: 'CAD', HK: 'HKD', NZ: 'NZD', S: 'SGD',
	SG: 'SGD', NT: 'TWD', R: 'BRL', Mex: 'MXN', MX: 'MXN'
}); // prettier-ignore

/** Letter prefixes that are not ISO codes: "Sfr 5 million", "RM5bn", "Rp", "kr". */
export const LETTER_PREFIXES = table<string>({
	Sfr: 'CHF', SFr: 'CHF', SFR: 'CHF', RM: 'MYR', Rp: 'IDR', NIS: 'ILS'
}); // prettier-ignore

export const ISO_CODES = new Set(
	(
		'USD EUR GBP JPY KRW CNY RMB INR AUD CAD HKD NZD SGD TWD CHF RUB UAH SEK NOK DKK PLN ILS BRL ' +
		'MXN MYR THB ZAR LKR PKR PHP IDR TRY CZK'
	).split(' ')
);

/** Currency nouns after a number, with the currency they mean when nothing says otherwise. */
export const WORDS = table<string>({
	dollar: 'USD', dollars: 'USD', yen: 'JPY', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
	sterling: 'GBP', won: 'KRW', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR',
	ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', hryvnia: 'UAH', hryvnias: 'UAH',
	franc: 'CHF', francs: 'CHF', shekel: 'ILS', shekels: 'ILS', zloty: 'PLN', zlotys: 'PLN',
	krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK', crown: 'SEK', crowns: 'SEK',
	rand: 'ZAR', ringgit: 'MYR', baht: 'THB', reais: 'BRL', real: 'BRL', peso: 'MXN', pesos: 'MXN',
	rupiah: 'IDR', lira: 'TRY'
}); // prettier-ignore

/**
 * Nouns several countries share: an adjective picks the country ("Australian dollars", "Danish
 * kroner"); without one the article's clues do, and a guess carries a reason to check it.
 */
export const SHARED = new Set(
	'dollar dollars franc francs krone kroner crown crowns peso pesos rupee rupees real'.split(' ')
);

/** Nouns that need an adjective to be money at all: "the real cost" is not Brazilian money. */
export const NEEDS_ADJECTIVE = new Set(['real']);

/** Minor units: "12p", "470 pence", "50 cents". */
export const MINOR = table<'pence' | 'cents'>({
	p: 'pence', pence: 'pence', penny: 'pence', cents: 'cents'
}); // prettier-ignore

/** Adjectives that name the country: "Australian dollars", "Swedish crowns", "Mexican pesos". */
export const ADJECTIVES = table<string>({
	us: 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', singapore: 'SGD',
	singaporean: 'SGD', taiwan: 'TWD', taiwanese: 'TWD', korean: 'KRW', chinese: 'CNY',
	indian: 'INR', british: 'GBP', swiss: 'CHF', russian: 'RUB', ukrainian: 'UAH', japanese: 'JPY',
	israeli: 'ILS', polish: 'PLN', swedish: 'SEK', norwegian: 'NOK', danish: 'DKK', czech: 'CZK',
	mexican: 'MXN', philippine: 'PHP', argentine: 'ARS', chilean: 'CLP', colombian: 'COP',
	brazilian: 'BRL', malaysian: 'MYR', thai: 'THB', pakistani: 'PKR', nepalese: 'NPR',
	indonesian: 'IDR', turkish: 'TRY'
}); // prettier-ignore

/** Two-word adjectives, keyed by both words: "Hong Kong", "South African", "Sri Lankan". */
export const TWO_WORD_ADJECTIVES = table<string>({
	'hong kong': 'HKD', 'new zealand': 'NZD', 'new taiwan': 'TWD', 'south korean': 'KRW',
	'south african': 'ZAR', 'sri lankan': 'LKR', 'sri lanka': 'LKR'
}); // prettier-ignore
