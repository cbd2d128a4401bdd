import { describe, expect, it } from 'vitest';
import { describeRate, formatRate, formatRateDate } from '$lib/currency/cite';
import type { CurrencyCode } from '$lib/currency/codes';
import { convert } from '$lib/currency/convert';
import { formatMoney, type MoneyFormatOptions } from '$lib/currency/format';
import { intlCacheSize } from '$lib/currency/intl';
import { convertedDigits, significantDigitsOf } from '$lib/currency/precision';
import { table } from './helpers';

// ICU puts a narrow no-break space in some locales; compare text with ordinary spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
	it.each<[string, number, CurrencyCode, MoneyFormatOptions, string]>([
		['long form in English', 21.109e9, 'USD', {}, '$21.1 billion'],
		['long form of yen', 3e12, 'JPY', {}, '¥3 trillion'],
		['compact form', 3e12, 'JPY', { style: 'compact' }, '¥3T'],
		['Japanese, unit after the number', 3e12, 'JPY', { locale: 'ja-JP' }, '3兆円'],
		['Japanese, dollars', 21.109e9, 'USD', { locale: 'ja-JP' }, '211億米ドル'],
		[
			'Japanese compact keeps the symbol',
			3e12,
			'JPY',
			{ locale: 'ja-JP', style: 'compact' },
			'￥3兆'
		],
		['German puts the symbol after', 21.109e9, 'EUR', { locale: 'de' }, '21,1 Milliarden €'],
		['a negative amount keeps its sign before the symbol', -2.1e10, 'EUR', {}, '-€21 billion'],
		['an amount too small to scale', 210, 'USD', {}, '$210'],
		['won', 4.29e12, 'KRW', {}, '₩4.29 trillion'],
		['yuan', 1.5e11, 'CNY', {}, 'CN¥150 billion'],
		['at most 3 significant digits by default', 55.935e9, 'USD', {}, '$55.9 billion'],
		['no trailing zeros implying precision', 2e10, 'USD', {}, '$20 billion'],
		['5 digits when the source had them', 7.9496e12, 'JPY', { digits: 5 }, '¥7.9496 trillion']
	])('formats %s', (_, value, currency, options, expected) => {
		expect(plain(formatMoney(value, currency, options))).toBe(expected);
	});

	it.each<[string, number, CurrencyCode, MoneyFormatOptions, string]>([
		['Australian dollars as A$', 2.1e9, 'AUD', {}, 'A$2.1 billion'],
		['Canadian dollars as C$, not CA$', 2.1e9, 'CAD', {}, 'C$2.1 billion'],
		['Swiss francs as CHF with a space', 2.1e9, 'CHF', {}, 'CHF 2.1 billion'],
		['rupees as ₹ on the short scale, not lakh crore', 3.31e12, 'INR', {}, '₹3.31 trillion'],
		['Sri Lankan rupees by code, since Rs is ambiguous', 4e11, 'LKR', {}, 'LKR 400 billion'],
		['Swedish kronor by code, since kr is ambiguous', 1.2e10, 'SEK', {}, 'SEK 12 billion'],
		['Norwegian kroner by code', 1.2e10, 'NOK', {}, 'NOK 12 billion'],
		['Danish kroner by code', 1.2e10, 'DKK', {}, 'DKK 12 billion'],
		['ringgit as RM', 5e9, 'MYR', {}, 'RM5 billion'],
		['rand as R', 5e9, 'ZAR', {}, 'R5 billion'],
		['Singapore dollars as S$', 5e9, 'SGD', {}, 'S$5 billion'],
		['Taiwan dollars as NT$', 5e9, 'TWD', {}, 'NT$5 billion'],
		['reais as R$', 5e9, 'BRL', {}, 'R$5 billion'],
		['a house symbol keeps the sign before it', -2.1e9, 'CAD', {}, '-C$2.1 billion'],
		['a house symbol in compact form', 2.1e9, 'ZAR', { style: 'compact' }, 'R2.1B'],
		[
			'an Indian reader (en-IN) gets lakh crore',
			3.31e12,
			'INR',
			{ locale: 'en-IN' },
			'₹3.31 lakh crore'
		],
		[
			'Japanese names the currency after the number',
			3.31e12,
			'INR',
			{ locale: 'ja-JP' },
			'3.31兆インド ルピー'
		]
	])('formats %s', (_, value, currency, options, expected) => {
		expect(plain(formatMoney(value, currency, options))).toBe(expected);
	});

	it('reuses cached Intl formatters', () => {
		formatMoney(1e9, 'GBP');
		const size = intlCacheSize();
		formatMoney(2e9, 'GBP');
		formatMoney(3e12, 'GBP');
		expect(intlCacheSize()).toBe(size);
	});
});

describe('precision follows the source as written', () => {
	it.each([
		['3 trillion yen', 1],
		['$20 billion', 1],
		['$56 billion', 2],
		['¥7.9496 trillion', 5],
		['$1.3 billion', 2],
		['3.0 trillion yen', 2],
		['500,000 rounds', 1],
		['1,250 missiles', 3],
		['0.05 percent', 1],
		['three trillion yen', 1],
		['hundreds of thousands', 1]
	])('counts %j as %i significant digits', (text, digits) => {
		expect(significantDigitsOf(text)).toBe(digits);
	});

	it.each<[string, number, CurrencyCode, string, string]>([
		[
			'"3 trillion yen" in dollars shows 1 digit, not "$21.1 billion"',
			21.109e9,
			'USD',
			'3 trillion yen',
			'$20 billion'
		],
		['"$56 billion" in yen shows 2 digits', 7.959e12, 'JPY', '$56 billion', '¥8 trillion'],
		[
			'"¥7.9496 trillion" in dollars is capped at 3 digits',
			55.935e9,
			'USD',
			'¥7.9496 trillion',
			'$55.9 billion'
		]
	])('%s', (_, value, currency, source, expected) => {
		expect(formatMoney(value, currency, { digits: convertedDigits(source) })).toBe(expected);
	});
});

describe('citing rates', () => {
	it.each<[number, CurrencyCode, CurrencyCode, string]>([
		[142.121, 'USD', 'JPY', '142.12 JPY per USD'],
		[150, 'USD', 'JPY', '150 JPY per USD'],
		[1297.3601, 'USD', 'KRW', '1,297.36 KRW per USD'],
		[0.8666, 'EUR', 'GBP', '0.8666 GBP per EUR'],
		[0.0070362569, 'JPY', 'USD', '0.007036 USD per JPY']
	])('formats %d %s→%s as %j', (rate, base, quote, expected) => {
		expect(formatRate(rate, base, quote)).toBe(expected);
	});

	it('writes dates as "22 Dec 2023" whatever the time zone', () => {
		expect(formatRateDate('2023-12-22')).toBe('22 Dec 2023');
	});

	it.each<[string, () => ReturnType<typeof convert>, string]>([
		[
			'an ECB cross rate, quoted JPY per USD even for yen to dollars',
			() => convert(3e12, 'JPY', 'USD', '2023-12-23', table),
			'ECB rate of 22 Dec 2023, 142.12 JPY per USD'
		],
		[
			'a Fed H.10 rate',
			() => convert(1, 'USD', 'JPY', '2023-12-23', table, 'FED_H10'),
			'Fed H.10 rate of 22 Dec 2023, 142.6 JPY per USD'
		],
		[
			'a rate used past the end of the series',
			() => convert(1, 'JPY', 'USD', '2025-06-01', table),
			'ECB rate of 9 May 2025 (latest available), 145.18 JPY per USD'
		],
		[
			'a KRW→GBP cross, quoted KRW per GBP',
			() => convert(1, 'KRW', 'GBP', '2023-12-23', table),
			'ECB rate of 22 Dec 2023, 1,650.18 KRW per GBP'
		],
		[
			'a same-currency conversion',
			() => convert(1, 'USD', 'USD', '2023-12-23', table),
			'Same currency (USD), no conversion'
		]
	])('describes %s', (_, run, expected) => {
		expect(describeRate(run())).toBe(expected);
	});
});
