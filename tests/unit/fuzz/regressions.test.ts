// Regressions: the smallest inputs with which the fuzz suite first broke something, one per bug,
// each stating the behaviour that now holds.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleError, parseArticle } from '$lib/articles/parse';
import { THEMES } from '$lib/charts/theme';
import { parseRateBasis } from '$lib/currency/basis';
import { prefill } from '$lib/paste/prefill';
import { parseClaims } from '$lib/server/claims';
import { DataFileError } from '$lib/server/csv';
import { loadArticlesFrom } from '$lib/server/load-articles';
import { loadNotes } from '$lib/server/notes';
import { articlePageData } from '$lib/server/page-data';
import { loadRates } from '$lib/server/rates';
import { REFERENCE_DIR } from '$lib/server/reference';
import { loadReferenceSeries, SIPRI_FILE } from '$lib/server/reference';
import { DEFAULT_STATE, parseState } from '$lib/state/url';
import { buildDashboard } from '$lib/view/dashboard';
import { pastedPage } from '../helpers/pasted';

const front = (yaml: string) => `---\n${yaml}\nsource: AFP\npublished: 2023-12-23\n---\nBody.\n`;
const tmp = mkdtempSync(join(tmpdir(), 'regressions-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('YAML aliases escape the file:line: field: errors', () => {
	it.each([
		['an unresolved alias (markdown emphasis)', 'title: *Exclusive*'],
		['a self-referencing anchor', 'title: &a [*a]']
	])('parseArticle throws ArticleError on %s', (_, yaml) => {
		expect(() => parseArticle(front(yaml), 'data/articles/x.md')).toThrow(ArticleError);
	});

	it('prefill reports an alias in pasted front matter as a problem instead of throwing', () => {
		expect(prefill(front('title: *Exclusive*')).problems.length).toBeGreaterThan(0);
	});

	it('loadNotes names the notes file for an alias', () => {
		const article = loadArticlesFrom('data/articles')[0]!;
		writeFileSync(join(tmp, `${article.slug}.yml`), 'figures: *x\n');
		expect(() => loadNotes(article, tmp)).toThrow(ArticleError);
	});

	it('parseClaims names the claims file for an alias', () => {
		expect(() => parseClaims('claims: *x\n', 'data/claims/x.yml')).toThrow(ArticleError);
	});
});

describe('Object.prototype names are taken for known keys', () => {
	it('prefill ignores a front matter key called "constructor"', () => {
		expect(prefill(front('title: T\nconstructor: x')).title).toBe('T');
	});

	it.each(['constructor', '__proto__'])('types=%s gets a notice, not a blank dashboard', (t) => {
		const { state, notices } = parseState(new URLSearchParams(`types=${t}`));
		expect(notices).toHaveLength(1);
		expect(state.types).toEqual(DEFAULT_STATE.types);
	});
});

describe('the URL accepts days the currency layer refuses', () => {
	it('rate=0050-01-01 is refused with a notice, as parseRateBasis refuses it', () => {
		expect(parseRateBasis('0050-01-01')).toBeNull();
		expect(parseState(new URLSearchParams('rate=0050-01-01')).notices).toHaveLength(1);
	});
});

describe('the stated basis throws instead of noting', () => {
	const stated = { ...DEFAULT_STATE, rate: 'stated' as const };
	const pair = 'The industry is worth around 3 trillion yen ($20 billion) annually.';

	it('a built article dated before the rate series', () => {
		const raw = `---\ntitle: Old\nsource: AFP\npublished: 2010-05-01\n---\n${pair}\n`;
		const page = articlePageData(parseArticle(raw, 'data/articles/old.md'));
		expect(() => buildDashboard(page, stated, THEMES.light, 'linear')).not.toThrow();
	});

	it('a pasted article with a zero pair, "0 yen ($0)"', () => {
		const rates = loadRates();
		const meta = { title: 'T', source: 'S', published: '2023-12-23', language: 'en' };
		const text = 'It cost 0 yen ($0) in the end.';
		const data = pastedPage(meta, text, rates);
		expect(() => buildDashboard(data, stated, THEMES.light, 'linear')).not.toThrow();
	});

	it('a pasted article when the rates could not be loaded', () => {
		const none = { dates: [], ecb: {} };
		const meta = { title: 'T', source: 'S', published: '2023-12-23', language: 'en' };
		const data = pastedPage(meta, pair, none);
		expect(() => buildDashboard(data, stated, THEMES.light, 'linear')).not.toThrow();
	});
});

describe('reference CSV errors name the wrong line in CRLF files', () => {
	it('a stray quote on line 3 of the SIPRI file is reported at line 3', () => {
		const dir = join(tmp, 'reference');
		cpSync(REFERENCE_DIR, dir, { recursive: true });
		const file = `${dir}/${SIPRI_FILE}`;
		const lines = readFileSync(file, 'utf8').split('\r\n');
		lines[2] = `"${lines[2]}`;
		writeFileSync(file, lines.join('\r\n'));
		expect(() => loadReferenceSeries(dir)).toThrow(DataFileError);
		expect(() => loadReferenceSeries(dir)).toThrow(new RegExp(`^${file}:3: `));
	});
});
