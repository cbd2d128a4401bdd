// Fuzzing the notes and claims files: any mutation of the real files either loads (every quote
// anchored once, every claim with a verdict) or fails with an ArticleError naming the file, a line
// inside it and the field, as the build would. The loaders read files, so each case is written to a
// temporary folder.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleError } from '$lib/articles/parse';
import { VERDICTS } from '$lib/claims/verdict';
import { anchorQuote } from '$lib/notes/anchor';
import { notesSchema } from '$lib/notes/schema';
import { loadNotes } from '$lib/server/notes';
import { article, checkedClaims, rates, reference } from '../claims/helpers';
import { badYamlValue, mutated, parsedOrNamed } from './arbitraries';

const SLUG = 'afp-2023-12-23-japan-patriot-exports';

/** Values that pass the schema but ask the rules for data that is not there, plus wrong ones. */
const plausible = fc.oneof(
	fc.constantFrom(
		'FY1999',
		'FY2099',
		'excl',
		'FED_H10',
		'1900',
		'2100',
		'2012',
		'100',
		'1',
		'KRW',
		'CNY',
		'no_such_fact',
		'sipri:XXX:1900',
		'sipri:JPN:2099',
		'fact:no_such_fact',
		'[sipri:USA:2023]',
		'[Nobody Inc]',
		'2 trillion yen',
		'$56 billion',
		'Japan',
		'2031-02-29',
		'2024-02-29'
	),
	badYamlValue
);

// One folder for the whole file: each case overwrites the file the loader reads.
const dir = mkdtempSync(join(tmpdir(), 'fuzz-notes-claims-'));
const file = `${dir}/${SLUG}.yml`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('notes files under fuzzing', () => {
	const valid = readFileSync(`data/notes/${SLUG}.yml`, 'utf8');

	it('any mutation loads with every quote anchored once, or names file, line and field', () => {
		fc.assert(
			fc.property(mutated(valid, plausible), (text) => {
				writeFileSync(file, text);
				const notes = parsedOrNamed(() => loadNotes(article, dir), ArticleError, file, text);
				if (!notes) return;
				expect(notesSchema.safeParse(notes).success).toBe(true);
				for (const n of [...notes.figures, ...notes.events]) anchorQuote(article.text, n.quote);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('claims files under fuzzing', () => {
	const valid = readFileSync(`data/claims/${SLUG}.yml`, 'utf8');

	it('any mutation loads with a verdict per claim, or names file, line and field', () => {
		fc.assert(
			fc.property(mutated(valid, plausible), (text) => {
				writeFileSync(file, text);
				const load = () => checkedClaims(article, { dir, reference, rates });
				const claims = parsedOrNamed(load, ArticleError, file, text);
				if (!claims) return;
				for (const c of claims) {
					expect(VERDICTS).toContain(c.verdict);
					expect(article.text.slice(c.start, c.end)).toBe(c.quote);
					expect(c.summary.length).toBeGreaterThan(0);
					for (const e of c.evidence) expect(e.value).not.toMatch(/NaN|Infinity|undefined/);
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('claims still get a verdict, not a crash, when the rates or reference data are missing', () => {
		const empty = { budget: [], gdp: [], shareOfGdp: [], contractors: [], facts: {} };
		fc.assert(
			fc.property(mutated(valid, plausible), fc.boolean(), (text, noRates) => {
				writeFileSync(file, text);
				const options = { dir, reference: empty, rates: noRates ? null : rates };
				const load = () => checkedClaims(article, options);
				const claims = parsedOrNamed(load, ArticleError, file, text);
				for (const c of claims ?? []) expect(VERDICTS).toContain(c.verdict);
			}),
			{ numRuns: 100 }
		);
	});
});
