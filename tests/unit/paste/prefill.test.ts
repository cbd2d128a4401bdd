import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prefill, readDateline } from '$lib/paste/prefill';

const fixture = (path: string) => readFileSync(`tests/fixtures/${path}`, 'utf8');

describe('prefill from front matter', () => {
	it('fills title, source, date and dateline from a data/articles file', () => {
		const p = prefill(
			readFileSync('data/articles/sample-2024-03-14-european-defence-budgets.md', 'utf8')
		);
		expect(p).toMatchObject({
			title: 'European allies raise defence budgets as UK pledges more',
			source: 'Defence Figures sample (written for this project, not a real article)',
			published: '2024-03-14',
			dateline: 'BRUSSELS',
			problems: []
		});
		expect(p.body.startsWith('BRUSSELS (Sample) – Germany')).toBe(true);
	});

	it('names an impossible date and keeps the valid fields', () => {
		const p = prefill('---\ntitle: Budget\nsource: AFP\npublished: 2023-02-30\n---\nText.');
		expect(p.title).toBe('Budget');
		expect(p.published).toBeNull();
		expect(p.problems).toEqual([
			'Front matter field “published” (Date) is not a real calendar date: got "2023-02-30". Fill it in below.'
		]);
	});

	it('names a field of the wrong type', () => {
		const p = prefill('---\ntitle: [a, b]\npublished: 2024-01-05\n---\nText.');
		expect(p.problems[0]).toMatch(/^Front matter field “title” \(Title\) .*got \["a","b"\]/);
		expect(p.published).toBe('2024-01-05');
	});

	it('reports YAML that does not parse, without throwing', () => {
		const p = prefill('---\ntitle: "unclosed\n---\nText.');
		expect(p.problems[0]).toMatch(/^The front matter is not valid YAML/);
		expect(p.body).toBe('Text.');
	});

	it('ignores fields the form does not ask for', () => {
		expect(prefill('---\nlanguage: en\nslug: x\n---\nText.').problems).toEqual([]);
	});
});

describe('prefill from a date marker and a dateline', () => {
	it('takes the date from the marker and the agency from the dateline (the seed format)', () => {
		const p = prefill('date 2023-12-23\nTOKYO, Dec 23, 2023 (AFP) – Japan loosened rules.');
		expect(p).toMatchObject({ published: '2023-12-23', source: 'AFP', dateline: 'TOKYO' });
		expect(p.body.startsWith('TOKYO, Dec 23')).toBe(true);
	});

	it.each([
		['TOKYO, Dec 23, 2023 (AFP) – Japan', '2023-12-23', 'AFP', 'TOKYO'],
		['WASHINGTON, September 5, 2024 (Reuters) - The', '2024-09-05', 'Reuters', 'WASHINGTON'],
		['LONDON, 5 March 2024 (PA) — Britain', '2024-03-05', 'PA', 'LONDON'],
		['NEW DELHI, Jan. 2, 2025 (AP) – India', '2025-01-02', 'AP', 'NEW DELHI'],
		['BRUSSELS (Reuters) – NATO', null, 'Reuters', 'BRUSSELS']
	])('reads “%s”', (text, published, source, dateline) => {
		expect(readDateline(text)).toEqual({ published, source, dateline });
	});

	it.each([
		['an impossible day', 'TOKYO, Feb 30, 2023 (AFP) – x', null, 'AFP'],
		['no dateline', 'Japan loosened its rules on Friday.', null, null],
		[
			'a sentence that starts in capitals',
			'NATO said on Friday (in Brussels) it would act.',
			null,
			null
		]
	])('%s gives no date', (_, text, published, source) => {
		const r = readDateline(text);
		expect(r.published).toBe(published);
		expect(r.source).toBe(source);
	});

	it('front matter wins over the dateline', () => {
		const p = prefill('---\nsource: Kyodo\n---\nTOKYO, Dec 23, 2023 (AFP) – Text.');
		expect(p.source).toBe('Kyodo');
		expect(p.published).toBe('2023-12-23');
	});

	it('reports an impossible marker date', () => {
		expect(prefill('date 2023-13-01 Text.').problems).toEqual([
			'The date marker “2023-13-01” is not a real calendar date.'
		]);
	});

	it('reads a long paste without a runaway', () => {
		// A generous bound: it catches a backtracking regex (seconds to hours), not a slow machine.
		const t0 = performance.now();
		prefill(`${'A'.repeat(200_000)}, ${'('.repeat(100_000)}`);
		expect(performance.now() - t0).toBeLessThan(2000);
	});
});

describe('line endings', () => {
	it.each(['cr-only-front-matter.md', 'crlf-paragraphs.txt'])(
		'%s is read as its LF twin (the text box turns CRLF and CR into LF)',
		(name) => {
			const raw = fixture(`hostile/${name}`);
			const lf = prefill(raw.replace(/\r\n?/g, '\n'));
			const asIs = prefill(raw);
			expect({ ...asIs, body: asIs.body.replace(/\r\n?/g, '\n') }).toEqual(lf);
		}
	);

	it('reads a CR-only file’s front matter', () => {
		expect(prefill(fixture('hostile/cr-only-front-matter.md'))).toMatchObject({
			title: 'A CR-only file',
			source: 'Fixture',
			published: '2024-04-02',
			problems: []
		});
	});
});
