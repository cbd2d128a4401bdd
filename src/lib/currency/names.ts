/**
 * What each currency is called in running English, for chart subtitles ("In Indian rupees at …").
 *
 * Plural, lower case except for proper adjectives, as news copy writes them. Pure data.
 */

import type { CurrencyCode } from './codes';

export const CURRENCY_NAMES: Record<CurrencyCode, string> = {
	USD: 'US dollars',
	JPY: 'Japanese yen',
	EUR: 'euros',
	GBP: 'pounds sterling',
	KRW: 'South Korean won',
	CNY: 'Chinese yuan',
	AUD: 'Australian dollars',
	BRL: 'Brazilian reais',
	CAD: 'Canadian dollars',
	CHF: 'Swiss francs',
	DKK: 'Danish kroner',
	HKD: 'Hong Kong dollars',
	INR: 'Indian rupees',
	LKR: 'Sri Lankan rupees',
	MXN: 'Mexican pesos',
	MYR: 'Malaysian ringgit',
	NOK: 'Norwegian kroner',
	NZD: 'New Zealand dollars',
	SEK: 'Swedish kronor',
	SGD: 'Singapore dollars',
	THB: 'Thai baht',
	TWD: 'New Taiwan dollars',
	ZAR: 'South African rand'
};

export function currencyName(code: CurrencyCode): string {
	return CURRENCY_NAMES[code];
}
