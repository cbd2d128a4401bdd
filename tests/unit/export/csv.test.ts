import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, chartCsv, CSV_COLUMNS, guardFormula, quoteField } from '$lib/export/csv';
import { defaultArticle } from './helpers';

const { view } = defaultArticle();
const pageUrl = 'https://example.test/articles/a';

describe('CSV cells', () => {
	it.each([
		['=HYPERLINK("x")', `'=HYPERLINK("x")`],
		['+1', `'+1`],
		['-1+2', `'-1+2`],
		['@SUM(A1)', `'@SUM(A1)`],
		['3 trillion yen', '3 trillion yen']
	])('guards %s against formula injection', (cell, out) => expect(guardFormula(cell)).toBe(out));
	it('quotes commas, quotes and line breaks (RFC 4180)', () => {
		expect(quoteField('a,b')).toBe('"a,b"');
		expect(quoteField('say "hi"')).toBe('"say ""hi"""');
		expect(quoteField('two\nlines')).toBe('"two\nlines"');
		expect(quoteField('plain')).toBe('plain');
	});
});

describe('chartCsv on the default article', () => {
	const csv = chartCsv(view.charts, { figures: view.figures, pageUrl });
	const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];

	it('opens with a BOM and uses CRLF', () => {
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv.split('\r\n')[0]).toBe(`${BOM}${CSV_COLUMNS.join(',')}`);
	});
	it('has one row per charted row', () =>
		expect(rows).toHaveLength(view.charts.reduce((n, c) => n + c.rows.length, 0)));
	it('gives the converted yen figure its rate, date, source and link', () => {
		const yen = rows.find((r) => r['Currency'] === 'JPY');
		expect(yen?.['Converted to']).toBe('USD');
		expect(yen?.['Rate']).toContain('142.12 JPY per USD');
		expect(yen?.['Rate date']).toBe('2023-12-22');
		expect(yen?.['Rate source']).toBe('ECB');
		expect(yen?.['Sentence link']).toMatch(/^https:\/\/example\.test\/articles\/a#fig-money-/);
		expect(Number(yen?.['Converted value'])).toBeGreaterThan(2e10);
	});
});
