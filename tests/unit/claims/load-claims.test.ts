// Loading the claims file: the four claims of the default article with their verdicts, anchored to
// their sentences; a bad file or a quote that no longer anchors fails with file, line and quote.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ArticleError } from '$lib/articles/parse';
import { article, checkedClaims, QUOTES, reference, sentences } from './helpers';

const FIXTURES = 'tests/fixtures/claims';
const load = (slug: string) => checkedClaims({ ...article, slug }, { dir: FIXTURES });

function failure(slug: string): ArticleError {
	try {
		load(slug);
	} catch (e) {
		if (e instanceof ArticleError) return e;
		throw e;
	}
	throw new Error(`expected ${slug} to fail`);
}

describe('the default article', () => {
	const claims = checkedClaims(article);

	test('has four claims, each consistent, in file order', () => {
		expect(claims.map((c) => [c.id, c.rule, c.verdict])).toEqual([
			['record-budget', 'record-budget', 'consistent'],
			['industry-exchange-rate', 'implied-rate', 'consistent'],
			['industry-vs-contractors', 'less-than-revenues', 'consistent'],
			['two-percent-by-2027', 'target-path', 'consistent']
		]);
	});

	test('each claim is anchored to its quote and to the sentence the quote starts in', () => {
		expect(claims.map((c) => c.quote)).toEqual([
			QUOTES.budget,
			QUOTES.industry,
			QUOTES.contractors,
			QUOTES.target
		]);
		for (const c of claims) {
			expect(article.text.slice(c.start, c.end)).toBe(c.quote);
			const s = sentences[c.sentence]!;
			expect(c.start >= s.start && c.end <= s.end).toBe(true);
		}
		expect(claims.map((c) => c.sentence)).toEqual([14, 13, 13, 14]);
	});

	test('is plain JSON, and every evidence row has a value, a source and a status', () => {
		expect(JSON.parse(JSON.stringify(claims))).toEqual(claims);
		for (const e of claims.flatMap((c) => c.evidence)) {
			for (const key of ['label', 'value', 'source', 'verification'] as const)
				expect(e[key]).not.toBe('');
		}
	});

	test('secondary and news-only figures keep their status in the output', () => {
		const evidence = claims.flatMap((c) => c.evidence);
		const industry = evidence.find((e) => e.label === 'Japan defence industry market size');
		expect(industry?.verification).toBe(
			'verified (secondary news); no MOD/METI primary table found'
		);
		expect(evidence.find((e) => e.label.startsWith('FY2024 (government'))?.verification).toBe(
			'verified (news quoting MOD)'
		);
		expect(evidence.find((e) => e.label.startsWith('Northrop'))?.verification).toBe(
			'verified (rounded)'
		);
	});

	test('a FY2026 claim shows the draft budget as "secondary source only", never as verified', () => {
		const fy2026 = checkedClaims(
			{ ...article, slug: 'fy2026' },
			{
				dir: FIXTURES
			}
		);
		const row = fy2026[0]?.evidence.find((e) => e.label.startsWith('FY2026 budget'));
		expect(row).toMatchObject({
			verification: 'secondary source only',
			note: expect.stringContaining('cabinet draft')
		});
	});
});

describe('missing files and missing data', () => {
	test('an article without a claims file has no claims', () => {
		expect(load('no-such-article')).toEqual([]);
	});

	test('rules whose reference data is absent are unverifiable, not errors', () => {
		const claims = load('missing-reference');
		expect(claims.map((c) => c.verdict)).toEqual(['unverifiable', 'unverifiable', 'unverifiable']);
		expect(claims[0]?.summary).toContain('no budget for FY2030');
		expect(claims[1]?.summary).toContain('no 2030 revenues');
		expect(claims[2]?.summary).toContain('no target fact "no_such_fact"');
	});

	test('with no rates loaded, the conversions are unverifiable', () => {
		const claims = checkedClaims(article, { rates: null, reference });
		expect(claims.map((c) => c.verdict)).toEqual([
			'unverifiable',
			'unverifiable',
			'unverifiable',
			'consistent'
		]);
	});
});

describe('a bad claims file fails the build with file:line: field', () => {
	test.each([
		[
			'a quote that no longer anchors (straight apostrophe) names the quote',
			'straight-apostrophe',
			11,
			'claims.1.quote',
			`quote "${QUOTES.contractors.replace('’', "'")}" no longer anchors`
		],
		[
			'an ambiguous quote names the quote',
			'ambiguous-quote',
			3,
			'claims.0.quote',
			'quote "Patriot" is ambiguous'
		],
		['an unknown rule type', 'unknown-rule', 6, 'claims.0.rule.type', ''],
		[
			'a fiscal year written as a number',
			'bad-fiscal-year',
			8,
			'claims.0.rule.params.fiscalYear',
			''
		],
		['a duplicate id', 'duplicate-id', 6, 'claims.1.id', 'duplicate id "same"'],
		['an unknown key', 'unknown-key', 2, 'claims.0', 'verdict']
	])('%s', (_, slug, line, field, reason) => {
		const e = failure(slug);
		expect(e.message.startsWith(`${FIXTURES}/${slug}.yml:${line}: ${field}: `)).toBe(true);
		expect(e.message).toContain(reason);
	});

	test('invalid YAML (written to a temp folder: a fixture would fail the format check)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'claims-yaml-'));
		writeFileSync(join(dir, 'bad-yaml.yml'), 'claims:\n  - id: x\n    quote: [unclosed\n');
		expect(() => checkedClaims({ ...article, slug: 'bad-yaml' }, { dir })).toThrow(
			new RegExp(`^${dir}/bad-yaml.yml:\\d+: claims: `)
		);
	});
});
