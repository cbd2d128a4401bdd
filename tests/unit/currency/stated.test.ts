import { describe, expect, it } from 'vitest';
import { resolveConversions, type ResolvedConversion } from '$lib/currency/basis';
import { citeStated } from '$lib/currency/cite';
import type { CurrencyCode } from '$lib/currency/codes';
import type { StatedRateLine } from '$lib/currency/stated';
import { table } from './helpers';

const line = (base: string, quote: string, rate: number, exact: string, start: number) =>
	({
		base,
		quote,
		rate,
		exact,
		start,
		end: start + exact.length,
		sentence: 0,
		prefix: '',
		suffix: ''
	}) satisfies StatedRateLine;

const EURO_LINE = line('USD', 'EUR', 0.9239, '($1 = 0.9239 euros)', 500);
const YEN_LINE = line('USD', 'JPY', 157, 'at about 157 yen to the dollar', 300);
const POUND_LINE = line('GBP', 'USD', 1.27, '(£1 = $1.27)', 200);

// A Reuters-style story: amounts in euros and yen, one yen/dollar pair implying 150.
const figures = [
	{ id: 'eur', kind: 'money', value: 1e11, currency: 'EUR', equivalentOf: null },
	{ id: 'yen', kind: 'money', value: 3e12, currency: 'JPY', equivalentOf: 'usd' },
	{ id: 'usd', kind: 'money', value: 2e10, currency: 'USD', equivalentOf: 'yen' },
	{ id: 'gbp', kind: 'money', value: 1e9, currency: 'GBP', equivalentOf: null }
];

function stated(to: CurrencyCode, lines: StatedRateLine[]) {
	const all = resolveConversions('stated', to, {
		published: '2024-03-04',
		table,
		figures,
		statedRates: lines
	});
	return Object.fromEntries(all.map((r) => [r.figureId, r])) as Record<string, ResolvedConversion>;
}

describe('the "stated" basis with the article\'s stated-rate lines', () => {
	it('converts euros to dollars at the stated "$1 = 0.9239 euros", quoting the line', () => {
		const r = stated('USD', [EURO_LINE]).eur!;
		expect(r).toMatchObject({
			ok: true,
			applied: 'stated',
			source: 'article',
			rateDate: '2024-03-04'
		});
		if (!r.ok) throw new Error('expected a conversion');
		expect(r.value).toBeCloseTo(1e11 / 0.9239, 0);
		expect(r.stated).toMatchObject({ via: 'line', base: 'EUR', quote: 'USD', lines: [EURO_LINE] });
		expect(citeStated(r.stated!)).toMatch(
			/^rate stated by the article, “\(\$1 = 0\.9239 euros\)”: 1\.08 USD per EUR \(market: 1\.\d+ USD per EUR, [+-]\d/
		);
	});

	it('prefers an explicit line over the pair implying the same currency pair', () => {
		const withLine = stated('USD', [YEN_LINE]).yen!;
		expect(withLine.ok && withLine.stated).toMatchObject({ via: 'line', implied: 157 });
		const without = stated('USD', []).yen!;
		expect(without.ok && without.stated).toMatchObject({ via: 'pair', implied: 150, lines: [] });
	});

	it('chains two stated lines through USD for a pair the article states no rate for', () => {
		const r = stated('JPY', [POUND_LINE, YEN_LINE]).gbp!;
		if (!r.ok) throw new Error('expected a conversion');
		expect(r.applied).toBe('stated');
		expect(r.rate).toBeCloseTo(1.27 * 157, 9);
		expect(r.stated).toMatchObject({ via: 'chain', base: 'GBP', quote: 'JPY' });
		expect(r.stated?.lines.map((l) => l.exact)).toEqual([
			'(£1 = $1.27)',
			'at about 157 yen to the dollar'
		]);
		expect(citeStated(r.stated!)).toMatch(
			/^rate stated by the article through USD, “\(£1 = \$1\.27\)” and “at about 157 yen to the dollar”: 199\.39 JPY per GBP/
		);
	});

	it('chains a stated line with an implied pair: euros to yen via "$1 = 0.9239 euros" and 150', () => {
		const r = stated('JPY', [EURO_LINE]).eur!;
		if (!r.ok) throw new Error('expected a conversion');
		expect(r.rate).toBeCloseTo(150 / 0.9239, 9);
		expect(r.stated).toMatchObject({ via: 'chain', lines: [EURO_LINE] });
	});

	it('falls back to the market rate, and says so, when only one leg is stated', () => {
		const r = stated('KRW', [POUND_LINE]).gbp!;
		expect(r).toMatchObject({
			ok: true,
			applied: 'market',
			fallback: 'no-stated-rate',
			source: 'ECB'
		});
	});

	it('keeps the first line in article order when two state one pair', () => {
		const later = line('USD', 'EUR', 0.95, '($1 = 0.95 euros)', 900);
		const r = stated('USD', [later, EURO_LINE]).eur!;
		expect(r.ok && r.stated?.lines).toEqual([EURO_LINE]);
	});

	it.each([
		['an unknown code', line('USD', 'XAU', 0.0005, '($1 = 0.0005 oz)', 10)],
		['a rate that is not positive', line('USD', 'EUR', 0, '($1 = 0 euros)', 10)],
		['one currency on both sides', line('USD', 'USD', 1, '($1 = $1)', 10)]
	])('ignores a line with %s', (_, bad) => {
		expect(stated('USD', [bad]).eur).toMatchObject({
			applied: 'market',
			fallback: 'no-stated-rate'
		});
	});

	it('cites an implied pair exactly as the money chart always has', () => {
		const r = stated('USD', []).yen!;
		expect(r.ok && citeStated(r.stated!)).toBe(
			'rate implied by the article, 150 JPY per USD (market: 150.49 JPY per USD, -0.3%)'
		);
	});
});
