import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractFigures, splitSentences } from '../../../src/lib/figures';

/** Pieces of news-like text that touch every matcher, glued in any order. */
const PIECES = [
	'$', 'US$', 'A$', '€', '£', '¥', '₩', '₹', 'Rs', '%', 'per', 'cent', 'percent', 'percentage',
	'points', '(', ')', ',', '.', '-', '–', ':', '/', '+', '#', "'", '’', '“', '”', '…', '3', '20',
	'2,000', '1,1', '3.5', '53.25', '2014', '2027', '28', '23', '0', '999999999999999999999', 'bn',
	'm', 'k', 'tn', 'thousand', 'million', 'billion', 'trillion', 'crore', 'yen', 'won', 'pounds',
	'sterling', 'euros', 'dollars', 'US', 'Australian', 'yuan', 'two', 'twenty', 'a', 'dozen', 'half',
	'hundreds', 'of', 'thousands', 'tens', 'around', 'more', 'than', 'up', 'to', 'an', 'estimated',
	'fiscal', 'year', 'FY', 'Dec', 'December', 'May', 'PAC', 'Article', 'GDP', 'troops', 'rounds',
	'the', 'worth', 'or', 'about', 'equivalent', 'U.S.', 'Mr.', 'No.', 'p.m.', 'th', 'st', 's',
	// Issue 12's matchers: signs, rates, ranges, fractions, minor units, clues, invisible characters.
	'−', '=', 'minus', 'negative', 'between', 'and', 'from', 'quarter', 'lakh', 'p', 'pence', 'cents',
	'kroner', 'pesos', 'CHF', 'NT$', 'R$', 'RM', 'Norway', 'Australia', 'Sri', 'Lankan', '\u200B',
	'\u00AD', '12/03/2024', 'https://x.com/a/2023', '%28', 'per', 'dollar', 'additional', '1,00,000'
]; // prettier-ignore
const SEPARATORS = [' ', '', '', '\n', '\n\n', '  '];

const newsish = fc
	.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
	.map((parts) => parts.map(([p, s]) => p + s).join(''));
const codeUnits = fc
	.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 })
	.map((cs) => String.fromCharCode(...cs));
const anyText = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 120 }),
	fc.string({ unit: 'grapheme', maxLength: 120 }),
	codeUnits,
	newsish
);

function checkInvariants(text: string): void {
	const { figures, rates } = extractArticle(text, { published: '2023-12-23' });
	for (const r of rates) {
		expect(text.slice(r.start, r.end)).toBe(r.exact);
		expect(Number.isFinite(r.rate) && r.rate > 0).toBe(true);
		for (const f of figures) expect(f.end <= r.start || f.start >= r.end).toBe(true);
	}
	const sentences = splitSentences(text);
	expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
	for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
	for (const f of figures) {
		expect(text.slice(f.start, f.end)).toBe(f.exact);
		expect(f.exact.length).toBeGreaterThan(0);
		expect(text.slice(f.start - f.prefix.length, f.start)).toBe(f.prefix);
		expect(text.slice(f.end, f.end + f.suffix.length)).toBe(f.suffix);
		expect(f.prefix.length).toBeLessThanOrEqual(32);
		expect(f.suffix.length).toBeLessThanOrEqual(32);
		const s = sentences[f.sentence];
		expect(s !== undefined && s.start <= f.start && f.end <= s.end).toBe(true);
		expect(Number.isFinite(f.value)).toBe(true);
		expect(f.label.length).toBeLessThanOrEqual(60);
		expect(f.currency === null || /^[A-Z]{3}$/.test(f.currency)).toBe(true);
		expect(f.check === null || f.check.length > 0).toBe(true);
		if (f.equivalentOf !== null) {
			expect(figures.find((g) => g.id === f.equivalentOf)?.equivalentOf).toBe(f.id);
		}
	}
	for (let k = 1; k < figures.length; k++) {
		expect((figures[k]?.start ?? 0) >= (figures[k - 1]?.end ?? 0)).toBe(true);
	}
}

describe('properties', () => {
	it('never throws, anchors hold, ids are unique and sentences index the text (any string)', () => {
		fc.assert(fc.property(anyText, checkInvariants), { numRuns: 600 });
	});

	it('keeps the same invariants on news-like token soup', () => {
		fc.assert(fc.property(newsish, checkInvariants), { numRuns: 600 });
	});

	it('gives the same ids for the same text (ids are stable)', () => {
		fc.assert(
			fc.property(newsish, (text) => {
				const ids = (t: string) => extractFigures(t).map((f) => f.id);
				expect(ids(text)).toEqual(ids(text));
			}),
			{ numRuns: 100 }
		);
	});
});
