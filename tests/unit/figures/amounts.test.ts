import { describe, expect, it } from 'vitest';
import { figures, only } from './helpers';

/** [case, text, exact, kind, value, endValue, currency] — each a family from issue 12's "Why". */
type Row = [string, string, string, string, number, number | null, string | null];

const read = (rows: Row[]) =>
	it.each(rows)('%s', (_name, text, exact, kind, value, endValue, currency) => {
		const f = only(text, exact);
		expect([f.kind, f.value, f.endValue, f.currency]).toEqual([kind, value, endValue, currency]);
	});

describe('a scale glued to the number or hyphenated into a compound adjective', () => {
	read([
		['"£13.4billion"', 'The UK spent £13.4billion.', '£13.4billion', 'money', 1.34e10, null, 'GBP'],
		[
			'"£67.3billion"',
			'Aid was £67.3billion in all.',
			'£67.3billion',
			'money',
			6.73e10,
			null,
			'GBP'
		],
		['"$5million"', 'It paid $5million.', '$5million', 'money', 5e6, null, 'USD'],
		[
			'"100-billion-euro special fund"',
			'It set up a 100-billion-euro special fund.',
			'100-billion-euro',
			'money',
			1e11,
			null,
			'EUR'
		],
		[
			'"$100-million"',
			'A $100-million deal was signed.',
			'$100-million',
			'money',
			1e8,
			null,
			'USD'
		],
		[
			'"3-trillion-yen"',
			'The 3-trillion-yen market grew.',
			'3-trillion-yen',
			'money',
			3e12,
			null,
			'JPY'
		]
	]);
	it.each([
		['a compound adjective with no scale stays a non-figure', 'It signed a 10-year deal.'],
		['a glued word that is not a scale stays a non-figure', 'It fired 155mm shells.']
	])('%s', (_name, text) => expect(figures(text)).toEqual([]));
});

describe('words between the number and the scale', () => {
	read([
		[
			'"30 additional billion euros" is money',
			'Berlin pledged 30 additional billion euros.',
			'30 additional billion euros',
			'money',
			3e10,
			null,
			'EUR'
		],
		[
			'"20 more billion dollars"',
			'Congress added 20 more billion dollars.',
			'20 more billion dollars',
			'money',
			2e10,
			null,
			'USD'
		]
	]);
	it('does not reach past two words: "30 additional new billion euros" is no 30-billion amount', () => {
		expect(
			figures('It pledged 30 additional new billion euros.').map((f) => f.value)
		).not.toContain(3e10);
	});
});

describe('signed values', () => {
	read([
		['hyphen-minus', 'Growth was -0.1% last quarter.', '-0.1%', 'percent', -0.1, null, null],
		[
			'Unicode minus U+2212',
			'Growth was −0.1% last quarter.',
			'−0.1%',
			'percent',
			-0.1,
			null,
			null
		],
		[
			'"minus 5 per cent"',
			'Output fell to minus 5 per cent.',
			'minus 5 per cent',
			'percent',
			-5,
			null,
			null
		],
		[
			'"negative 2%"',
			'Inflation was negative 2% in May.',
			'negative 2%',
			'percent',
			-2,
			null,
			null
		],
		[
			'a minus after an opening bracket',
			'Growth (-0.3%) stalled.',
			'-0.3%',
			'percent',
			-0.3,
			null,
			null
		],
		[
			'a sign before a currency marker',
			'The balance was -£3m at year end.',
			'-£3m',
			'money',
			-3e6,
			null,
			'GBP'
		],
		['a range dash is no sign', 'Prices rose 5-10% this year.', '5-10%', 'percent', 5, 10, null]
	]);
	it.each([
		['"F-35" keeps its hyphen as a joiner', 'The F-35 fleet grew.'],
		['a list dash with a space is no sign', 'Notes:\n- 5 items were late.'],
		['a count is never negative', 'There were -5 tanks.']
	])('%s', (_name, text) => {
		expect(figures(text).filter((f) => f.value < 0)).toEqual([]);
	});
});

describe('fractions of a scale', () => {
	read([
		[
			'"a quarter of a million dollars"',
			'It cost a quarter of a million dollars.',
			'a quarter of a million dollars',
			'money',
			2.5e5,
			null,
			'USD'
		],
		[
			'"half a billion euros"',
			'It cost half a billion euros.',
			'half a billion euros',
			'money',
			5e8,
			null,
			'EUR'
		],
		[
			'"three quarters of a billion dollars"',
			'It lost three quarters of a billion dollars.',
			'three quarters of a billion dollars',
			'money',
			7.5e8,
			null,
			'USD'
		],
		[
			'"two and a half million"',
			'It hired two and a half million people.',
			'two and a half million people',
			'quantity',
			2.5e6,
			null,
			null
		],
		[
			'"half a dozen" still counts six',
			'It sent half a dozen tanks.',
			'half a dozen tanks',
			'quantity',
			6,
			null,
			null
		]
	]);
	it('reads no figure in "a quarter of the budget"', () => {
		expect(figures('It took a quarter of the budget.')).toEqual([]);
	});
});

describe('Indian digit grouping', () => {
	read([
		[
			'"Rs 12,34,567.89"',
			'It cost Rs 12,34,567.89 in all.',
			'Rs 12,34,567.89',
			'money',
			1234567.89,
			null,
			'INR'
		],
		[
			'"1,00,000" people',
			'About 1,00,000 people came.',
			'1,00,000 people',
			'quantity',
			1e5,
			null,
			null
		],
		[
			'"₹5,93,537.64 crore"',
			'The total is ₹5,93,537.64 crore.',
			'₹5,93,537.64 crore',
			'money',
			5.9353764e12,
			null,
			'INR'
		],
		[
			'"1,00,00,000" (one crore in digits)',
			'It paid Rs 1,00,00,000.',
			'Rs 1,00,00,000',
			'money',
			1e7,
			null,
			'INR'
		],
		[
			'Western grouping still reads "1,000,000"',
			'It paid $1,000,000.',
			'$1,000,000',
			'money',
			1e6,
			null,
			'USD'
		]
	]);
});

describe('the currency carried from the rest of the article for lakh and crore', () => {
	const text =
		'India set aside Rs 6.21 lakh crore. The capital outlay is 1.72 lakh crore this year.';
	it('reads a bare lakh crore as rupees, flagged for checking', () => {
		const f = only(text, '1.72 lakh crore');
		expect([f.kind, f.value, f.currency]).toEqual(['money', 1.72e12, 'INR']);
		expect(f.check).toMatch(/not stated/);
		expect(only(text, 'Rs 6.21 lakh crore').check).toBeNull();
	});
	it('reads issue 12\'s "3.31 lakh crore" in a rupee story', () => {
		const f = only(
			'Defence got Rs 6.21 lakh crore, and 3.31 lakh crore went to salaries.',
			'3.31 lakh crore'
		);
		expect([f.value, f.currency, f.check !== null]).toEqual([3.31e12, 'INR', true]);
	});

	it('carries nothing into an article with no rupee amount', () => {
		expect(figures('The outlay is 1.72 lakh crore.').filter((f) => f.kind === 'money')).toEqual([]);
	});
	it('leaves a lakh count of people a quantity', () => {
		const f = only('It paid Rs 500 crore to 1.5 lakh soldiers.', '1.5 lakh soldiers');
		expect([f.kind, f.value]).toEqual(['quantity', 1.5e5]);
	});
});

describe('ranges stated once', () => {
	read([
		[
			'"between $5 and $10 billion"',
			'It will cost between $5 and $10 billion.',
			'$5 and $10 billion',
			'money',
			5e9,
			1e10,
			'USD'
		],
		[
			'"between 5 and 10 billion euros"',
			'It will cost between 5 and 10 billion euros.',
			'5 and 10 billion euros',
			'money',
			5e9,
			1e10,
			'EUR'
		],
		[
			'"£1.2bn-£1.5bn"',
			'The bill is £1.2bn-£1.5bn.',
			'£1.2bn-£1.5bn',
			'money',
			1.2e9,
			1.5e9,
			'GBP'
		],
		['"$3-4 billion"', 'It costs $3-4 billion.', '$3-4 billion', 'money', 3e9, 4e9, 'USD'],
		[
			'"2 to 3 per cent"',
			'Growth of 2 to 3 per cent is expected.',
			'2 to 3 per cent',
			'percent',
			2,
			3,
			null
		],
		[
			'"between $5 million and $1 billion" keeps each scale',
			'It costs between $5 million and $1 billion.',
			'$5 million and $1 billion',
			'money',
			5e6,
			1e9,
			'USD'
		]
	]);
	it('reads "from 2 to 3 per cent" as two figures, the first taking the unit', () => {
		const out = figures('Spending rose from 2 to 3 per cent of GDP.');
		expect(out.map((f) => [f.kind, f.exact, f.value])).toEqual([
			['percent', '2', 2],
			['percent', '3 per cent', 3]
		]);
	});
	it.each([
		[
			'a designation',
			'Japan makes PAC-3 to 5 missiles a day.',
			[['quantity', '5 missiles', 5, null]]
		],
		[
			'a year after "from"',
			'Troops were cut from 2023 to 50,000 soldiers.',
			[
				['year', '2023', 2023, null],
				['quantity', '50,000 soldiers', 50000, null]
			]
		],
		[
			'a treaty article',
			'Article 5 to 10 per cent of them.',
			[['percent', '10 per cent', 10, null]]
		]
	])('starts no range at %s', (_name, text, expected) => {
		expect(figures(text).map((f) => [f.kind, f.exact, f.value, f.endValue])).toEqual(expected);
	});

	it('joins no range across different currencies', () => {
		expect(only('It costs between £5 and $10 billion.', '$10 billion').endValue).toBeNull();
	});
});

describe('pence and cents are money of their currency', () => {
	read([
		[
			'"12p" in a sterling story',
			'Shares rose 12p after the £5bn deal.',
			'12p',
			'money',
			0.12,
			null,
			'GBP'
		],
		['"470 pence"', 'Shares closed at 470 pence.', '470 pence', 'money', 4.7, null, 'GBP'],
		[
			'"50 cents" in a dollar story',
			'Fuel rose 50 cents, adding $2 billion.',
			'50 cents',
			'money',
			0.5,
			null,
			'USD'
		],
		[
			'"20 cents" in a euro story',
			'Bread rose 20 cents after a €1bn levy.',
			'20 cents',
			'money',
			0.2,
			null,
			'EUR'
		]
	]);
	it.each([
		['"3p.m." is a clock time', 'They met at 3p.m. after a £5bn deal.'],
		['"12p" with no pounds in the story', 'Shares rose 12p.']
	])('reads no pence in %s', (_name, text) => {
		expect(figures(text).filter((f) => f.value < 1)).toEqual([]);
	});
});

describe('a count whose noun is stated on an earlier item', () => {
	read([
		['"up to 128" after "32 missiles"', 'It can fire 32 missiles, and up to 128 in time.', '128', 'quantity', 128, null, null]
	]);
	it('gives the carried count its noun', () => {
		expect(only('It can fire 32 missiles, and up to 128.', '128').unit).toBe('missiles');
	});
	it('carries no noun over a verb', () => {
		expect(figures('It can fire 32 missiles, officials said 128 times.').map((f) => f.exact)).toEqual([
			'32 missiles'
		]);
	});
}); // prettier-ignore
