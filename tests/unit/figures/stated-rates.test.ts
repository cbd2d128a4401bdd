import { describe, expect, it } from 'vitest';
import { extractArticle, extractFigures, extractStatedRates } from '../../../src/lib/figures';

describe('stated-rate lines are the article\'s own rate, never figures', () => {
	it.each([
		['the Reuters footer', 'Berlin pledged 5 billion euros. ($1 = 0.9239 euros)', '$1 = 0.9239 euros', 'USD', 'EUR', 0.9239],
		['pounds in dollars', 'The deal closed (£1 = $1.27).', '£1 = $1.27', 'GBP', 'USD', 1.27],
		['euros in dollars', 'Prices rose (1 euro = $1.08).', '1 euro = $1.08', 'EUR', 'USD', 1.08],
		['a named dollar', 'It closed. ($1 = 1.5345 Australian dollars)', '$1 = 1.5345 Australian dollars', 'USD', 'AUD', 1.5345],
		['an unscaled "pounds" on the quote side', 'It closed. ($1 = 0.7874 pounds)', '$1 = 0.7874 pounds', 'USD', 'GBP', 0.7874],
		['won on the quote side', 'It closed. ($1 = 1,320.50 won)', '$1 = 1,320.50 won', 'USD', 'KRW', 1320.5],
		['Indian rupees', 'It closed. ($1 = 83.2 Indian rupees)', '$1 = 83.2 Indian rupees', 'USD', 'INR', 83.2],
		['"yen to the dollar"', 'The yen traded at about 157 yen to the dollar.', '157 yen to the dollar', 'USD', 'JPY', 157],
		['"rupees per dollar"', 'The rupee hit 83.5 rupees per dollar.', '83.5 rupees per dollar', 'USD', 'INR', 83.5],
		['a currency named before "at 157 to the dollar"', 'The yen weakened to 157 to the dollar.', '157 to the dollar', 'USD', 'JPY', 157]
	])('%s', (_name, text, exact, base, quote, rate) => {
		const { figures, rates } = extractArticle(text);
		expect(rates.map((r) => [r.exact, r.base, r.quote, r.rate])).toEqual([[exact, base, quote, rate]]);
		const r = rates[0];
		expect(r && text.slice(r.start, r.end)).toBe(exact);
		for (const f of figures) expect(f.end <= (r?.start ?? 0) || f.start >= (r?.end ?? 0)).toBe(true);
	});

	it('keeps the figures around a footer and the footer out of them', () => {
		const text = 'Germany will spend 86 billion euros on defence. ($1 = 0.9239 euros)';
		expect(extractFigures(text).map((f) => f.exact)).toEqual(['86 billion euros']);
		expect(extractStatedRates(text)).toHaveLength(1);
	});

	it.each([
		['an equivalent amount', '3 trillion yen ($20 billion)'],
		['a price per unit', 'Each missile costs $4 million.'],
		['a rate with no second currency', 'It fell to 157 to the end.'],
		['a scaled amount before "to the dollar" ', 'It lent 5 billion yen to the dollar bloc.'],
		['a ratio of something else', 'It costs 5 yen per dollar of sales.']
	])('reads no rate from %s', (_name, text) => {
		expect(extractStatedRates(text)).toEqual([]);
	});
}); // prettier-ignore
