// Hostile pastes, drops and links through the same pure code the browser runs: the prefill, the
// worker's extraction, the page builder and the URL parser. What must hold here: nothing throws,
// text is kept as text, the limits refuse with their messages, and no figure is a wrong number
// without a notice. The browser suite (tests/e2e/hostile.spec.ts) runs the same cases in Chromium.
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '$lib/paste/front-matter';
import { sizeProblem, utf8Bytes } from '$lib/paste/limits';
import { prefill } from '$lib/paste/prefill';
import { metaProblems } from '$lib/paste/validate';
import { parseState } from '$lib/state/url';
import { quoteForNotice } from '$lib/view/quote';
import { casesOf, inputText } from '../../fixtures/hostile/cases';
import { wrongWithoutNotice } from '../../fixtures/hostile/checks';
import { pastedPage } from '../helpers/pasted';
import { hostileSuite } from './suite';

const run = hostileSuite('pastes, drops and links');

describe('hostile pastes and drops', () => {
	for (const c of casesOf('paste', 'drop')) {
		run(
			c,
			() => {
				const raw = inputText(c).replace(/\r\n?/g, '\n'); // as the text box holds it
				const found = prefill(raw);
				if (c.expect.note) expect(found.problems.join(' ')).toContain(c.expect.note);
				if (c.expect.fields) {
					const { title, source, date } = c.expect.fields;
					expect(found).toMatchObject({ title, source, published: date });
				}
				if (c.expect.alert?.startsWith('This article is')) {
					return expect(sizeProblem(utf8Bytes(raw))).toBe(c.expect.alert);
				}
				const meta = {
					title: c.fields?.title ?? found.title ?? 'Hostile',
					source: c.fields?.source ?? found.source ?? 'Fixture',
					published: c.fields?.date ?? found.published ?? '2024-03-04',
					language: 'en'
				};
				if (c.input.file?.startsWith('invalid-utf8')) return; // the browser suite reads bytes
				expect(metaProblems(meta, found.body)).toEqual([]);
				const data = pastedPage(meta, found.body);
				for (const piece of c.expect.text ?? []) expect(data.text).toContain(piece);
				if (c.expect.notice) expect(data.warnings.join(' ')).toContain(c.expect.notice);
				const shown = data.figures.map((f) => {
					const s = data.sentences[f.sentence]!;
					return {
						before: data.text.slice(Math.max(s.start, f.start - 2), f.start),
						exact: f.exact,
						after: data.text.slice(f.end, Math.min(s.end, f.end + 2))
					};
				});
				expect(wrongWithoutNotice(shown, data.warnings)).toEqual([]);
			},
			60_000
		);
	}

	it('front matter is refused before it is parsed, whatever its size', () => {
		const t0 = performance.now();
		readFrontMatter(`x: ${'y'.repeat(5_000_000)}`);
		expect(performance.now() - t0).toBeLessThan(1_000);
	});
});

describe('hostile links', () => {
	// A chosen day's rates are the dashboard's to explain, in the browser suite; here, the links the
	// URL parser and the paste page's own notice read.
	for (const c of casesOf('url').filter((c) => c.owner === 'harden')) {
		run(c, () => {
			const url = new URL(c.input.path!, 'http://x');
			if (url.pathname === '/new') {
				const id = url.searchParams.get('saved')!;
				return expect(`No saved article ${quoteForNotice(id)} in this browser.`).toBe(
					c.expect.alert
				);
			}
			const { notices } = parseState(url.searchParams);
			expect(notices.join(' ')).toContain(c.expect.notice);
		});
	}
});
