import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorQuote, NoteAnchorError } from '$lib/notes/anchor';
import { loadArticlesFrom } from '$lib/server/load-articles';
import { loadNotes } from '$lib/server/notes';

const article = loadArticlesFrom('data/articles').find(
	(a) => a.slug === 'afp-2023-12-23-japan-patriot-exports'
)!;

function notesDir(yaml: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'notes-'));
	writeFileSync(join(dir, `${article.slug}.yml`), yaml);
	return dir;
}

describe('anchorQuote', () => {
	it.each([
		['a quote that occurs once anchors', 'abc def', 'def', { start: 4, end: 7 }],
		['a quote at the start anchors', 'abc def', 'abc', { start: 0, end: 3 }]
	])('%s', (_, text, quote, span) => expect(anchorQuote(text, quote)).toEqual(span));

	it.each([
		['missing', 'abc', 'xyz', 'no longer anchors'],
		['ambiguous', 'abc abc', 'abc', 'is ambiguous']
	])('refuses a %s quote, naming it', (_, text, quote, reason) => {
		expect(() => anchorQuote(text, quote)).toThrow(NoteAnchorError);
		expect(() => anchorQuote(text, quote)).toThrow(`quote "${quote}" ${reason}`);
	});
});

describe('loadNotes', () => {
	it('reads the real notes file', () => {
		const notes = loadNotes(article);
		expect(notes.figures.length).toBeGreaterThan(3);
		expect(notes.context.guideline?.ref).toBe('fact:nato_wales_2014');
	});

	it('gives empty notes when an article has none', () => {
		expect(loadNotes(article, mkdtempSync(join(tmpdir(), 'notes-')))).toEqual({
			charts: {},
			figures: [],
			events: [],
			context: { percent: [], series: {} }
		});
	});

	it.each([
		[
			'a quote that no longer anchors',
			'figures:\n  - quote: a budget worth $57 billion\n    label: Budget\n',
			/:2: quote: quote "a budget worth \$57 billion" no longer anchors/
		],
		[
			'a label that is too long',
			`figures:\n  - quote: 3 trillion yen\n    label: ${'x'.repeat(10_001)}\n`,
			/:3: figures\.0\.label: /
		],
		['an unknown field', 'figure:\n  - quote: x\n', /:1: notes: .*figure/],
		[
			'a figure note that changes nothing',
			'figures:\n  - quote: 3 trillion yen\n',
			/:2: figures\.0: needs a label/
		],
		[
			'a correction that is not a number',
			'figures:\n  - quote: 3 trillion yen\n    correction:\n      value: three\n',
			/:4: figures\.0\.correction\.value: /
		],
		[
			'a correction to an unknown currency',
			'figures:\n  - quote: 3 trillion yen\n    correction:\n      value: 3\n      currency: XXX\n',
			/:5: figures\.0\.correction\.currency: must be a currency/
		],
		['an unknown chart', 'charts:\n  pie:\n    title: x\n', /:2: charts: .*pie/],
		[
			'a bad reference id',
			'context:\n  percent:\n    - ref: sipri:JAPAN\n      label: x\n',
			/:3: context\.percent\.0\.ref: must be sipri/
		],
		['broken YAML', 'figures: [\n', /notes: /]
	])('fails the build on %s, naming the file and line', (_, yaml, message) => {
		expect(() => loadNotes(article, notesDir(yaml))).toThrow(message);
	});
});
