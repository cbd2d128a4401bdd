import { describe, expect, it } from 'vitest';
import type { ChartRow, ChartSpec } from '$lib/charts/spec';
import { footerEntries, quoteAround, shortSource, sourceLine } from '$lib/export/text';

const meta = { title: 'T', source: 'AFP', published: '2023-12-23' };
const long =
	'The government also approved on Friday a record defence budget worth $56 billion for the next fiscal year, in line with Kishida’s goal of doubling defence spending to the NATO standard of two percent of GDP by 2027.';

function row(over: Partial<ChartRow>): ChartRow {
	return {
		figureId: 'f',
		marker: 1,
		label: 'L',
		stated: 's',
		shown: 's',
		value: 1,
		unit: 'USD',
		rate: null,
		sentence: 0,
		sentenceText: 'A sentence.',
		...over
	};
}
const spec = (rows: ChartRow[], sources: string[] = []) =>
	({ id: 'money', title: 'x', subtitle: 'y', notes: [], sources, rows }) as unknown as ChartSpec;
const ecb = {
	text: 'ECB rate of 22 Dec 2023, 142.12 JPY per USD',
	date: '2023-12-22',
	source: 'ECB',
	value: 142.12
};

describe('quoteAround', () => {
	it('keeps a short sentence whole', () =>
		expect(quoteAround('Short one.', ['one'])).toBe('Short one.'));
	it('cuts a long sentence around the figure, with ellipses', () => {
		const q = quoteAround(long, ['2027'], 80);
		expect(q).toContain('2027');
		expect(q.startsWith('…')).toBe(true);
		expect(q.length).toBeLessThanOrEqual(82);
	});
	it('keeps every grouped figure even past the limit', () => {
		const q = quoteAround(long, ['$56 billion', '2027'], 60);
		expect(q).toContain('$56 billion');
		expect(q).toContain('2027');
	});
	it('starts at the beginning when the figure is not found', () =>
		expect(quoteAround(long, ['absent'], 60).startsWith('The government')).toBe(true));
});

describe('footerEntries', () => {
	it('groups markers that quote the same sentence', () => {
		const e = footerEntries(spec([row({ marker: 1 }), row({ marker: 2, figureId: 'g' })]));
		expect(e).toEqual([{ markers: '[1] [2]', text: '“A sentence.”' }]);
	});
	it('cites a reference row’s source and verification', () => {
		const ref = row({
			figureId: null,
			sentence: -1,
			label: 'Japan, 2023',
			shown: '1.14%',
			reference: { source: 'SIPRI', verification: 'verified' }
		});
		expect(footerEntries(spec([ref]))[0]?.text).toBe('Japan, 2023: 1.14%. SIPRI — verified.');
	});
});

describe('sourceLine', () => {
	it('names the rate source when money was converted', () =>
		expect(sourceLine(spec([row({ rate: ecb })]), meta)).toBe(
			'Source: AFP, 23 Dec 2023 · Rates: European Central Bank · Chart: Defence Figures'
		));
	it('leaves rates out when nothing was converted', () =>
		expect(sourceLine(spec([row({})]), meta)).toBe(
			'Source: AFP, 23 Dec 2023 · Chart: Defence Figures'
		));
	it('adds reference sources', () =>
		expect(sourceLine(spec([row({})], ['SIPRI']), meta)).toContain('Reference data: SIPRI'));
});

describe('shortSource', () => {
	it.each([
		[
			'drops links',
			'RTX press release 2024-01-23 https://www.prnewswire.com/x.html',
			'RTX press release 2024-01-23'
		],
		['drops a link in brackets', 'NATO (https://nato.int/x), para. 14', 'NATO, para. 14'],
		[
			'cuts a long source at a word, with an ellipsis',
			`${'word '.repeat(30)}end`,
			`${'word '.repeat(17).trim()}…`
		],
		['keeps a short source whole', 'SIPRI (2025)', 'SIPRI (2025)']
	])('%s', (_, source, expected) => expect(shortSource(source)).toBe(expected));
});
