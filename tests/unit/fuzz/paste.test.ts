// Fuzzing pasted text through the paste page's pure stages (size limit, prefill, form check,
// extraction, assembly) into the dashboard builder: no input throws, every charted number is finite
// and said right, and every amount that cannot be converted is named in a chart note.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleMetaSchema } from '$lib/articles/schema';
import { THEMES } from '$lib/charts/theme';
import { CURRENCY_CODES } from '$lib/currency/codes';
import type { RateTable } from '$lib/currency/table';
import { sizeProblem, utf8Bytes } from '$lib/paste/limits';
import { prefill } from '$lib/paste/prefill';
import { metaProblems } from '$lib/paste/validate';
import { loadRates } from '$lib/server/rates';
import type { DashboardState, RateBasis } from '$lib/state/url';
import { buildDashboard } from '$lib/view/dashboard';
import { TYPE_FILTERS } from '$lib/view/kinds';
import { needsFullRates } from '$lib/view/rates';
import { pastedPage } from '../helpers/pasted';
import { hostile } from './arbitraries';
import { expectHonestCharts } from './money-rows';

const FULL = loadRates();
const NO_RATES: RateTable = { dates: [], ecb: {} };

/** News-like amounts in every currency the extractor knows, and some it cannot convert. */
const PIECES = [
	'$56 billion',
	'around 3 trillion yen ($20 billion)',
	'€1.2bn',
	'£300m',
	'₩5 trillion',
	'¥7.9496 trillion',
	'5 billion yuan',
	'Rs 500 crore',
	'A$3 billion',
	'US$1.5 million',
	'$3-4 billion',
	'10,000,000,000,000 dollars',
	'999,999,999,999,999 trillion won',
	'$0.01',
	'two percent of GDP',
	'53.25%',
	'by 2027',
	'on Dec 23, 2023',
	'400 Tomahawk missiles',
	'hundreds of thousands of rounds',
	'9'.repeat(10_000),
	'$' + '9'.repeat(10_000),
	'.',
	'. ',
	'\n\n'
];
const HEADS = [
	'',
	'TOKYO, Dec 23, 2023 (AFP) – ',
	'LONDON, 14 March 2024 (Reuters) - ',
	'date 2023-12-23 ',
	'date 2023-02-30 ',
	'---\ntitle: A title\nsource: AFP\npublished: 2023-12-23\n---\n',
	'---\ntitle: [a, b]\npublished: 2023-13-45\n---\n',
	'---\ntitle: "unterminated\n---\n',
	'---\n- a list\n---\n'
];

const text = fc
	.tuple(
		fc.constantFrom(...HEADS),
		fc.array(fc.oneof(fc.constantFrom(...PIECES), hostile), { maxLength: 14 })
	)
	.map(([head, parts]) => head + parts.join(' '));
const day = (from: number, to: number) =>
	fc
		.tuple(
			fc.integer({ min: from, max: to }),
			fc.integer({ min: 1, max: 12 }),
			fc.integer({ min: 1, max: 28 })
		)
		.map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const basis: fc.Arbitrary<RateBasis> = fc.oneof(
	fc.constantFrom<RateBasis>('article', 'latest', 'stated'),
	day(2000, 2030) as fc.Arbitrary<RateBasis>
);
const state: fc.Arbitrary<DashboardState> = fc.record({
	types: fc.oneof(
		fc.constant(TYPE_FILTERS.map((t) => t.key)),
		fc.subarray(TYPE_FILTERS.map((t) => t.key))
	),
	currency: fc.constantFrom(...CURRENCY_CODES),
	rate: basis
});

describe('pasted text under fuzzing', () => {
	it('the form stages never throw: size, prefill and the form check give messages, not errors', () => {
		fc.assert(
			fc.property(
				text,
				fc.dictionary(fc.constantFrom('title', 'source', 'published', 'dateline'), hostile),
				(raw, meta) => {
					expect(sizeProblem(utf8Bytes(raw)) ?? '').toBeTypeOf('string');
					const found = prefill(raw);
					expect(raw.includes(found.body.trim())).toBe(true);
					for (const p of [...found.problems, ...metaProblems(meta, found.body)]) {
						expect(p.length).toBeGreaterThan(0);
					}
				}
			),
			{ numRuns: 200 }
		);
	});

	it('a pasted article charts only finite numbers, said right, and names every amount it cannot convert', () => {
		fc.assert(
			fc.property(text, day(1995, 2035), fc.boolean(), state, (raw, fallbackDate, loaded, view) => {
				const found = prefill(raw);
				const meta = {
					title: found.title ?? 'Pasted article',
					source: found.source ?? 'Reader',
					published: found.published ?? fallbackDate,
					...(found.dateline ? { dateline: found.dateline } : {})
				};
				if (metaProblems(meta, found.body).length > 0) return; // the form refuses it
				const full = loaded ? FULL : NO_RATES;
				const data = pastedPage(articleMetaSchema.parse(meta), found.body, full);
				// As ArticleDashboard does: a chosen day loads the full series when it can.
				const rates = needsFullRates(view.rate) && loaded ? FULL : data.rates;
				const dashboard = buildDashboard({ ...data, rates }, view, THEMES.light, 'linear');
				expectHonestCharts(dashboard, view.currency);
				if (!loaded) expect(data.warnings[0]).toMatch(/No exchange rates are available/);
			}),
			{ numRuns: 250 }
		);
	});
});
