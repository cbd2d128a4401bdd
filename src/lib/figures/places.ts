/**
 * Where a story is and which money it deals in: place names by the currency their country uses,
 * the dollar countries, and the signs and words that mark each money. Pure data for `clues.ts`.
 */
import { table } from './table';

/** Words that place a story in a country, by the currency that country uses. */
export const PLACES = table<string>({
	australia: 'AUD', australian: 'AUD', canberra: 'AUD', sydney: 'AUD', melbourne: 'AUD',
	canada: 'CAD', canadian: 'CAD', ottawa: 'CAD', toronto: 'CAD', zealand: 'NZD', wellington: 'NZD',
	auckland: 'NZD', singapore: 'SGD', taiwan: 'TWD', taipei: 'TWD', taiwanese: 'TWD',
	india: 'INR', indian: 'INR', delhi: 'INR', mumbai: 'INR', lanka: 'LKR', lankan: 'LKR',
	colombo: 'LKR', pakistan: 'PKR', pakistani: 'PKR', islamabad: 'PKR', norway: 'NOK',
	norwegian: 'NOK', oslo: 'NOK', denmark: 'DKK', danish: 'DKK', copenhagen: 'DKK', sweden: 'SEK',
	swedish: 'SEK', stockholm: 'SEK', czech: 'CZK', prague: 'CZK', mexico: 'MXN', mexican: 'MXN',
	philippines: 'PHP', philippine: 'PHP', manila: 'PHP', argentina: 'ARS', chile: 'CLP',
	colombia: 'COP', switzerland: 'CHF', swiss: 'CHF', bern: 'CHF', geneva: 'CHF', zurich: 'CHF',
	china: 'CNY', chinese: 'CNY', beijing: 'CNY', japan: 'JPY', japanese: 'JPY', tokyo: 'JPY'
}); // prettier-ignore
export const LOCAL_DOLLARS = table<string>({ AUD: 'Australian', CAD: 'Canadian', NZD: 'New Zealand', SGD: 'Singapore', TWD: 'Taiwan' }); // prettier-ignore
/** Language regions whose own outlets write "$" for their own dollar. */
export const REGION_DOLLAR = table<string>({ AU: 'AUD', CA: 'CAD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', TW: 'TWD' }); // prettier-ignore
export const LOCAL_PREFIX = table<string>({ A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', Can: 'CAD', NZ: 'NZD', S: 'SGD', HK: 'HKD', NT: 'TWD' }); // prettier-ignore

/** Words and signs that show which money an article deals in. */
export const MARKS = table<string>({
	'₹': 'rupee', Rs: 'rupee', INR: 'rupee', rupee: 'rupee', rupees: 'rupee', LKR: 'rupee', PKR: 'rupee',
	'£': 'GBP', GBP: 'GBP', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', pence: 'GBP',
	'€': 'EUR', euro: 'EUR', euros: 'EUR', EUR: 'EUR', $: 'USD', dollar: 'USD', dollars: 'USD',
	USD: 'USD', yen: 'yen', JPY: 'yen', yuan: 'yuan', renminbi: 'yuan', RMB: 'yuan', CNY: 'yuan'
}); // prettier-ignore
