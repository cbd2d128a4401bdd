// Hostile data files, as the build reads them: each fails with its file, line and reason, or is read
// as it should be. Articles through the same strict UTF-8 reader and parser as `npm run build`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { parseArticle } from '$lib/articles/parse';
import { segmentArticle } from '$lib/articles/segments';
import { parseRates } from '$lib/currency/rates';
import { extractFigures, splitSentences } from '$lib/figures';
import { decodeUtf8 } from '$lib/server/read-text';
import { refuseOrphans } from '$lib/server/orphans';
import { casesOf, inputBytes, inputText, type HostileCase } from '../../fixtures/hostile/cases';
import { hostileSuite } from './suite';

const run = hostileSuite('data files');
const fileOf = (c: HostileCase) => `data/articles/${c.input.file ?? c.id}`;

const paragraphs = (raw: string, file: string) => {
	const { text, meta } = parseArticle(raw, file);
	const figures = extractFigures(text, { published: meta.published });
	return segmentArticle(text, splitSentences(text), figures).length;
};

describe('hostile data files', () => {
	for (const c of casesOf('article', 'notes', 'rates', 'segments')) {
		run(c, () => {
			const file = fileOf(c);
			const read = () => {
				if (c.kind === 'article') return parseArticle(decodeUtf8(inputBytes(c), file), file);
				if (c.kind === 'rates') return parseRates(inputText(c), `data/reference/${c.input.file}`);
				if (c.kind === 'segments') {
					const lf = paragraphs(inputText(c).replace(/\r\n/g, '\n'), 'lf.md');
					expect(lf).toBeGreaterThan(10);
					return expect(paragraphs(inputText(c), 'crlf.md')).toBe(lf);
				}
				const dir = mkdtempSync(join(tmpdir(), 'hostile-notes-'));
				writeFileSync(join(dir, c.input.file!), inputBytes(c));
				return refuseOrphans(dir, new Set(['afp-2023-12-23-japan-patriot-exports']), 'notes');
			};
			if (c.expect.error) {
				const t0 = performance.now();
				expect(read).toThrow(c.expect.error);
				expect(performance.now() - t0, 'a runaway, not a budget').toBeLessThan(5_000);
			} else if (c.expect.title) {
				expect(read()).toMatchObject({ meta: { title: c.expect.title } });
			} else read();
		});
	}
});
