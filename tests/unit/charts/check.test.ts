// A figure the extractor guessed carries its reason everywhere a reader meets it: the table row,
// the end label and tooltip on the chart, and the CSV.
import { describe, expect, it } from 'vitest';
import { THEMES } from '$lib/charts/theme';
import { chartCsv } from '$lib/export/csv';
import { DEFAULT_STATE } from '$lib/state/url';
import { buildDashboard } from '$lib/view/dashboard';
import { pastedPage } from '../helpers/pasted';
import { annotationsOf, contentAt } from './helpers';

const meta = { title: 'Drones', source: 'Sample', published: '2024-05-01', language: 'en' };
const text =
	'Australia will spend $5 billion on drones, the Australian defence minister said. Washington offered US$2 billion more.';
const page = pastedPage(meta, text);
const view = buildDashboard(page, DEFAULT_STATE, THEMES.light, 'linear');
const money = view.charts.find((c) => c.id === 'money')!;
const guessed = money.rows.find((r) => r.stated === '$5 billion')!;
const sure = money.rows.find((r) => r.stated === 'US$2 billion')!;

describe('a guessed figure', () => {
	it('keeps the extractor’s reason on its row; a sure one has none', () => {
		expect(guessed.check).toBe(
			'bare $ read as Australian dollars: the story writes US$ for US ones'
		);
		expect(sure.check).toBeUndefined();
	});

	it('says “check” at the end of its bar, but not on the others', () => {
		const labels = annotationsOf(money.config);
		expect(contentAt(labels[`fig:${guessed.figureId}`], 640)).toBe('[1] $5 billion · check');
		expect(contentAt(labels[`fig:${sure.figureId}`], 640)).toBe('[2] US$2 billion');
	});

	it('gives the reason in the CSV’s Check column', () => {
		const csv = chartCsv([money], { figures: view.figures, pageUrl: '/articles/x' });
		const [header, first] = csv.replace(/^\uFEFF/, '').split('\r\n');
		expect(header!.split(',').slice(-2)).toEqual(['Check', 'Edit']);
		expect(first).toMatch(
			/,bare \$ read as Australian dollars: the story writes US\$ for US ones,$/
		);
	});
});
