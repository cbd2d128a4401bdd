import { describe, expect, it } from 'vitest';
import { figures, only } from './helpers';

describe('invisible characters inside numbers (issue 15)', () => {
	it.each([
		[
			'zero-width space in money',
			'Japan will spend $5\u200B6 billion.',
			'$5\u200B6 billion',
			5.6e10
		],
		['zero-width joiner in a percentage', 'Up 1\u200D0% on the year.', '1\u200D0%', 10],
		['zero-width space in a count', 'It has 1\u200B000 tanks.', '1\u200B000 tanks', 1000],
		['zero-width non-joiner', 'It paid $1\u200C5 million.', '$1\u200C5 million', 1.5e7],
		['word joiner', 'It paid $2\u20600 million.', '$2\u20600 million', 2e7],
		['byte-order mark', 'It paid $3\uFEFF0 million.', '$3\uFEFF0 million', 3e7],
		['soft hyphen', 'It paid $4\u00AD0 million.', '$4\u00AD0 million', 4e7],
		['soft hyphen inside the scale word', 'It paid $40 mil\u00ADlion.', '$40 mil\u00ADlion', 4e7]
	])('reads through a %s and flags it', (_name, text, exact, value) => {
		const f = only(text, exact);
		expect(f.value).toBe(value);
		expect(f.check ?? '').toMatch(/invisible|^$/);
	});

	it('flags a number read through an invisible character', () => {
		expect(only('Japan will spend $5\u200B6 billion.', '$5\u200B6 billion').check).toMatch(
			/invisible/
		);
	});

	it('never charts a fragment such as $5 or 000 tanks', () => {
		const text = 'Japan will spend $5\u200B6 billion. Up 1\u200D0%. It has 1\u200B000 tanks.';
		expect(figures(text).map((f) => f.value)).toEqual([5.6e10, 10, 1000]);
	});

	it('skips an invisible character between a currency sign and its number', () => {
		expect(only('It paid $\u200B40 million.', '$\u200B40 million').value).toBe(4e7);
	});
});

describe('numbers inside URLs are not figures', () => {
	it.each([
		['a full URL with a date path', 'See https://x.com/a/2023/12/story-123 for more.'],
		['a bare host and path', 'See x.com/a/2023/12/story-123 for more.'],
		['a URL in brackets', 'The report (https://example.org/r?id=2872) is out.'],
		['a percent-encoded query', 'Search q=%2872%29&page=2 again.'],
		['a www address', 'Visit www.mod.gov.uk/2024/budget now.']
	])('%s', (_name, text) => expect(figures(text)).toEqual([]));

	it('still reads the figures beside a URL', () => {
		const out = figures('Spending rose 5% (https://x.com/2023/12) to $20 billion.');
		expect(out.map((f) => f.exact)).toEqual(['5%', '$20 billion']);
	});

	it.each([
		['a fiscal year with a slash', 'It covers 2023/24 spending.', '2023/24'],
		['a percentage before a slash', 'Rates of 5%/year apply.', '5%']
	])('does not take %s for a URL', (_name, text, exact) => {
		expect(figures(text).map((f) => f.exact)).toContain(exact);
	});
});

describe('numeric dates in the article\'s convention', () => {
	it.each([
		['a US date, unambiguous', 'It passed on 12/23/2023.', {}, '2023-12-23', false],
		['a UK date, unambiguous', 'It passed on 23/12/2023.', {}, '2023-12-23', false],
		['an ambiguous date in an en-US article', 'It passed on 03/04/2024.', { language: 'en-US' }, '2024-03-04', false],
		['an ambiguous date in an en-GB article', 'It passed on 03/04/2024.', { language: 'en-GB' }, '2024-04-03', false],
		['an ambiguous date beside an unambiguous UK one', 'It began 23/12/2023 and passed on 03/04/2024.', {}, '2024-04-03', false],
		['an ambiguous date in British spelling: a flagged guess', 'The defence plan passed on 03/04/2024.', {}, '2024-04-03', true],
		['an ambiguous date in American spelling: a flagged guess', 'The defense plan passed on 03/04/2024.', {}, '2024-03-04', true],
		['a day and month that are the same number', 'It passed on 04/04/2024.', {}, '2024-04-04', false]
	])('%s', (_name, text, options, date, flagged) => {
		const f = figures(text, { published: '2024-05-01', ...options }).filter((x) => x.kind === 'date').pop();
		expect([f?.date, f?.check !== null]).toEqual([date, flagged]);
	});

	it('reads no date from an ambiguous one in an article with no convention', () => {
		expect(figures('It passed on 03/04/2024.').filter((f) => f.kind === 'date')).toEqual([]);
	});
}); // prettier-ignore

describe('words that name object properties are never currencies or scales', () => {
	it.each([
		['"constructor$5"', 'The constructor$5 fee.'],
		['"500 million constructor"', 'It cost 500 million constructor.'],
		['"5 toString"', 'It cost 5 toString.'],
		['"3 __proto__"', 'It cost 3 __proto__ units.']
	])('%s', (_name, text) => {
		for (const f of figures(text)) {
			expect(f.currency === null || /^[A-Z]{3}$/.test(f.currency)).toBe(true);
			expect(Number.isFinite(f.value)).toBe(true);
		}
	});
});
