import { describe, expect, it } from 'vitest';
import { figures, only } from './helpers';

/** [written form, text, exact, value, ISO code] — the written forms of every H.10 currency. */
describe('every currency the news uses', () => {
	it.each([
		['A$', 'Canberra set aside A$3.2bn.', 'A$3.2bn', 3.2e9, 'AUD'],
		['AU$', 'It cost AU$450 million.', 'AU$450 million', 4.5e8, 'AUD'],
		[
			'"Australian dollars"',
			'It cost 368 billion Australian dollars.',
			'368 billion Australian dollars',
			3.68e11,
			'AUD'
		],
		['C$', 'Ottawa set aside C$8.1 billion.', 'C$8.1 billion', 8.1e9, 'CAD'],
		['CA$', 'It spent CA$2 billion.', 'CA$2 billion', 2e9, 'CAD'],
		['NZ$', 'Wellington pledged NZ$9 billion.', 'NZ$9 billion', 9e9, 'NZD'],
		['S$', 'Singapore spent S$20.2 billion.', 'S$20.2 billion', 2.02e10, 'SGD'],
		['HK$', 'It raised HK$12 billion.', 'HK$12 billion', 1.2e10, 'HKD'],
		['NT$', 'Taipei proposed NT$647 billion.', 'NT$647 billion', 6.47e11, 'TWD'],
		[
			'"New Taiwan dollars"',
			'It costs 19 billion New Taiwan dollars.',
			'19 billion New Taiwan dollars',
			1.9e10,
			'TWD'
		],
		[
			'"Taiwan dollars"',
			'It costs 19 billion Taiwan dollars.',
			'19 billion Taiwan dollars',
			1.9e10,
			'TWD'
		],
		['R$', 'Brasilia set aside R$53 billion.', 'R$53 billion', 5.3e10, 'BRL'],
		['reais', 'It costs 4 billion reais.', '4 billion reais', 4e9, 'BRL'],
		[
			'"Brazilian real"',
			'It costs 4 billion Brazilian real.',
			'4 billion Brazilian real',
			4e9,
			'BRL'
		],
		['"Swiss francs"', 'Bern added 4 billion Swiss francs.', '4 billion Swiss francs', 4e9, 'CHF'],
		['CHF glued', 'The army gets CHF4 billion more.', 'CHF4 billion', 4e9, 'CHF'],
		['CHF spaced', 'It can spend CHF 2.7 billion.', 'CHF 2.7 billion', 2.7e9, 'CHF'],
		['Sfr', 'It cost Sfr 500 million.', 'Sfr 500 million', 5e8, 'CHF'],
		['kronor', 'Sweden adds 5.5 billion kronor.', '5.5 billion kronor', 5.5e9, 'SEK'],
		['SEK', 'It borrows SEK300 billion.', 'SEK300 billion', 3e11, 'SEK'],
		[
			'"Swedish crowns"',
			'It adds 27 billion Swedish crowns.',
			'27 billion Swedish crowns',
			2.7e10,
			'SEK'
		],
		[
			'"Norwegian kroner"',
			'Oslo adds 12 billion Norwegian kroner.',
			'12 billion Norwegian kroner',
			1.2e10,
			'NOK'
		],
		[
			'"Danish kroner"',
			'It adds 25 billion Danish kroner.',
			'25 billion Danish kroner',
			2.5e10,
			'DKK'
		],
		['NOK', 'It adds NOK 5 billion.', 'NOK 5 billion', 5e9, 'NOK'],
		['DKK', 'It adds DKK 5 billion.', 'DKK 5 billion', 5e9, 'DKK'],
		['₹', 'Delhi cleared ₹5,000 crore.', '₹5,000 crore', 5e10, 'INR'],
		['Rs.', 'It cost Rs. 300 crore.', 'Rs. 300 crore', 3e9, 'INR'],
		['INR', 'It cost INR 300 crore.', 'INR 300 crore', 3e9, 'INR'],
		[
			'"Sri Lankan rupees"',
			'It cost 442 billion Sri Lankan rupees.',
			'442 billion Sri Lankan rupees',
			4.42e11,
			'LKR'
		],
		['LKR', 'It cost LKR 442 billion.', 'LKR 442 billion', 4.42e11, 'LKR'],
		['rand', 'Pretoria set aside 51 billion rand.', '51 billion rand', 5.1e10, 'ZAR'],
		[
			'"South African rand"',
			'It costs 51 billion South African rand.',
			'51 billion South African rand',
			5.1e10,
			'ZAR'
		],
		['ZAR', 'It costs ZAR 51 billion.', 'ZAR 51 billion', 5.1e10, 'ZAR'],
		['ringgit', 'It costs 19.7 billion ringgit.', '19.7 billion ringgit', 1.97e10, 'MYR'],
		['RM', 'Malaysia spends RM19.7bn.', 'RM19.7bn', 1.97e10, 'MYR'],
		['baht', 'It costs 198 billion baht.', '198 billion baht', 1.98e11, 'THB'],
		['฿', 'It costs ฿198 billion.', '฿198 billion', 1.98e11, 'THB'],
		['won', 'Seoul set aside 61.6 trillion won.', '61.6 trillion won', 6.16e13, 'KRW'],
		['₩', 'Seoul pledged ₩2 trillion.', '₩2 trillion', 2e12, 'KRW'],
		['KRW glued', 'It holds KRW40.33 trillion.', 'KRW40.33 trillion', 4.033e13, 'KRW'],
		['yuan', 'Beijing budgeted 1.67 trillion yuan.', '1.67 trillion yuan', 1.67e12, 'CNY'],
		['renminbi', 'It cost 20 million renminbi.', '20 million renminbi', 2e7, 'CNY'],
		['RMB', 'It cost RMB 20 million.', 'RMB 20 million', 2e7, 'CNY'],
		[
			'"Mexican pesos"',
			'It costs 105 billion Mexican pesos.',
			'105 billion Mexican pesos',
			1.05e11,
			'MXN'
		],
		['MXN', 'It costs MXN 105 billion.', 'MXN 105 billion', 1.05e11, 'MXN'],
		['Mex$', 'It costs Mex$105 billion.', 'Mex$105 billion', 1.05e11, 'MXN']
	])('reads %s', (_name, text, exact, value, code) => {
		const f = only(text, exact);
		expect([f.kind, f.value, f.currency, f.check]).toEqual(['money', value, code, null]);
	});
});

describe('a currency the article has to settle, flagged when it is a guess', () => {
	it.each([
		[
			'"kroner" in a Norwegian story',
			'Norway will add 12 billion kroner. Oslo agreed.',
			'12 billion kroner',
			'NOK',
			true
		],
		[
			'"kroner" in a Danish story',
			'Denmark adds 25 billion kroner, Copenhagen said.',
			'25 billion kroner',
			'DKK',
			true
		],
		[
			'bare "pesos" in a Mexican story',
			'Mexico will spend 105 billion pesos.',
			'105 billion pesos',
			'MXN',
			true
		],
		[
			'bare "francs" in a Swiss story',
			'Switzerland adds 4 billion francs.',
			'4 billion francs',
			'CHF',
			false
		],
		['bare "francs" with no country', 'It adds 4 billion francs.', '4 billion francs', 'CHF', true],
		[
			'"Rs" in a Sri Lankan story',
			'Sri Lanka set aside Rs 442 billion, Colombo said.',
			'Rs 442 billion',
			'LKR',
			false
		],
		[
			'"¥" in a story about yuan',
			'China budgets ¥1.67 trillion, or 1.67 trillion yuan.',
			'¥1.67 trillion',
			'CNY',
			true
		],
		['"¥" in a story about yen', 'Japan budgets ¥7.95 trillion.', '¥7.95 trillion', 'JPY', false],
		[
			'"¥" in a Japanese story that names China and the yuan',
			'Japan budgets ¥7.95 trillion as China spends 1.67 trillion yuan.',
			'¥7.95 trillion',
			'JPY',
			false
		]
	])('%s', (_name, text, exact, code, flagged) => {
		const f = only(text, exact);
		expect([f.currency, f.check !== null]).toEqual([code, flagged]);
	});

	it('reads no kroner when the story names no country', () => {
		expect(figures('It adds 12 billion kroner.')).toEqual([]);
	});

	it('refuses a bare "pesos" it cannot place', () => {
		expect(figures('It costs 105 billion pesos.')).toEqual([]);
	});
});

describe('a bare "$" outside the United States', () => {
	const aussie = 'Australia will spend $50 billion, Canberra said. Sydney agreed.';
	it.each([
		['a US story: US dollars, no check', 'Washington will spend $50 billion.', {}, 'USD', false],
		['an Australian story that writes US$ for US dollars: Australian, flagged', `${aussie} It buys US$2bn of jets.`, {}, 'AUD', true],
		['an Australian story that writes A$: US dollars, no check', `${aussie} It costs A$3bn.`, {}, 'USD', false],
		['an Australian story with no prefix at all: US dollars, flagged', aussie, {}, 'USD', true],
		['an article tagged en-AU: Australian dollars, no check', aussie, { language: 'en-AU' }, 'AUD', false],
		['an article tagged en-AU that writes A$: US dollars', `${aussie} It costs A$3bn.`, { language: 'en-AU' }, 'USD', false]
	])('%s', (_name, text, options, code, flagged) => {
		const f = only(text, '$50 billion', { published: '2024-04-17', ...options });
		expect([f.currency, f.check !== null]).toEqual([code, flagged]);
	});
}); // prettier-ignore
