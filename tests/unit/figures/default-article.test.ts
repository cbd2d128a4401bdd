import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitArticle } from '../../../src/lib/articles/split';
import { extractFigures } from '../../../src/lib/figures';
import { expectAnchorsHold } from './helpers';

const SEED = 'tests/fixtures/extract/afp-2023-12-23-japan-patriot-exports.txt';
const article = splitArticle(readFileSync(SEED, 'utf8'));
const body = article.body;
const out = extractFigures(body, { published: article.markerDate ?? undefined });
const byExact = (exact: string) => out.find((f) => f.exact === exact);

describe('the default article (AFP, 23 Dec 2023)', () => {
	it('starts its body at the dateline', () => {
		expect(article.markerDate).toBe('2023-12-23');
		expect(body.startsWith('TOKYO, Dec 23, 2023 (AFP) –')).toBe(true);
	});

	it('yields exactly the eight figures, in text order, with spans that index the body', () => {
		const expected: [string, string][] = [
			['date', 'Dec 23, 2023'],
			['quantity', 'hundreds of thousands of rounds'],
			['year', '2014'],
			['money', '3 trillion yen'],
			['money', '$20 billion'],
			['money', '$56 billion'],
			['percent', 'two percent'],
			['year', '2027']
		];
		expect(out.map((f) => [f.kind, f.exact])).toEqual(expected);
		// Each of these first appears where the figure is.
		for (const f of out) expect(f.start).toBe(body.indexOf(f.exact));
		expectAnchorsHold(body, out);
	});

	it.each([
		[
			'3 trillion yen',
			{
				kind: 'money',
				value: 3e12,
				currency: 'JPY',
				approximate: true,
				qualifier: 'around',
				equivalentOf: 'money-20-billion',
				id: 'money-3-trillion-yen'
			}
		],
		[
			'$20 billion',
			{
				kind: 'money',
				value: 2e10,
				currency: 'USD',
				approximate: false,
				equivalentOf: 'money-3-trillion-yen',
				id: 'money-20-billion'
			}
		],
		[
			'$56 billion',
			{ kind: 'money', value: 5.6e10, currency: 'USD', equivalentOf: null, label: 'defence budget' }
		],
		['two percent', { kind: 'percent', value: 2, unit: 'GDP', id: 'percent-two-percent' }],
		['2027', { kind: 'year', value: 2027, id: 'year-2027' }],
		['2014', { kind: 'year', value: 2014, id: 'year-2014' }],
		[
			'Dec 23, 2023',
			{ kind: 'date', value: 2023, date: '2023-12-23', id: 'date-dec-23-2023', sentence: 0 }
		],
		[
			'hundreds of thousands of rounds',
			{ kind: 'quantity', value: 2e5, approximate: true, unit: 'rounds' }
		]
	])('reads "%s"', (exact, fields) => {
		expect(byExact(exact)).toMatchObject(fields);
	});

	it.each(['PAC3', 'Capability-3', 'World War II', 'Indo-Pacific', 'August', 'last month'])(
		'finds nothing in "%s"',
		(phrase) => {
			let at = body.indexOf(phrase);
			expect(at).toBeGreaterThanOrEqual(0);
			for (; at >= 0; at = body.indexOf(phrase, at + 1)) {
				const hit = out.filter((f) => f.start < at + phrase.length && f.end > at);
				expect(hit).toEqual([]);
			}
		}
	);
});
