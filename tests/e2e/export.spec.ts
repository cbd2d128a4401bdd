/**
 * Exports in a real browser, against the built site: every download arrives; the PNG is a valid PNG
 * at 2× the composed image's CSS size (as wide as the chart on the page) with an opaque corner; the
 * SVG parses and carries title, source line and rate as text; the CSV has one row per figure shown;
 * the ZIP's JSON-LD selectors anchor in the article text.
 */
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { loadArticlesFrom } from '../../src/lib/server/load-articles';
import { expect, gotoDashboard, test } from './fixtures';

const SLUG = 'afp-2023-12-23-japan-patriot-exports';
const RATE = '142.12 JPY per USD';

async function download(page: Page, button: Locator): Promise<{ file: Download; bytes: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return { file, bytes: readFileSync((await file.path())!) };
}

function pngSize(b: Buffer) {
	expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Parses the SVG with the browser's DOMParser: its size and every <text>, joined. */
async function readSvg(page: Page, svg: string) {
	return page.evaluate((source) => {
		const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
		const root = doc.documentElement;
		return {
			error: doc.getElementsByTagName('parsererror').length > 0,
			name: root.nodeName,
			width: Number(root.getAttribute('width')),
			height: Number(root.getAttribute('height')),
			text: [...doc.getElementsByTagName('text')].map((t) => t.textContent).join(' ')
		};
	}, svg);
}

test('the money chart downloads as PNG, SVG and CSV that stand on their own', async ({ page }) => {
	await gotoDashboard(page, '/');
	const figure = page.locator('#chart-money');
	const cssWidth = await figure
		.locator('canvas')
		.evaluate((c) => Math.round(c.getBoundingClientRect().width));

	const t0 = Date.now();
	const png = await download(page, figure.getByRole('button', { name: 'Download PNG' }));
	test
		.info()
		.annotations.push({ type: 'browser PNG export (ms)', description: String(Date.now() - t0) });
	expect(png.file.suggestedFilename()).toBe(`${SLUG}-money-USD.png`);

	const svg = await download(page, figure.getByRole('button', { name: 'Download SVG' }));
	expect(svg.file.suggestedFilename()).toBe(`${SLUG}-money-USD.svg`);
	const parsed = await readSvg(page, svg.bytes.toString('utf8'));
	expect(parsed.error).toBe(false);
	expect(parsed.name).toBe('svg');
	expect(parsed.text).toContain('Money in the article');
	expect(parsed.text).toContain(RATE);
	expect(parsed.text).toMatch(
		/Source: AFP, 23 Dec 2023 · Rates: European Central Bank · Chart: Defence Figures/
	);

	// The composed image is as wide as the chart and as tall as its layout; the PNG is twice both.
	expect(parsed.width).toBe(cssWidth);
	expect(pngSize(png.bytes)).toEqual({ width: 2 * parsed.width, height: 2 * parsed.height });
	const corner = await page.evaluate(
		async (bytes) => {
			const bitmap = await createImageBitmap(
				new Blob([new Uint8Array(bytes)], { type: 'image/png' })
			);
			const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
			ctx.drawImage(bitmap, 0, 0);
			return [...ctx.getImageData(0, 0, 1, 1).data];
		},
		[...png.bytes]
	);
	expect(corner[3]).toBe(255);

	const csv = await download(page, figure.getByRole('button', { name: 'Download CSV' }));
	expect(csv.file.suggestedFilename()).toBe(`${SLUG}-money-USD.csv`);
	const rows = parse(csv.bytes.toString('utf8'), { bom: true, columns: true }) as Record<
		string,
		string
	>[];
	await expect(figure.locator('table tbody tr')).toHaveCount(rows.length);
	expect(rows.some((r) => r['Rate']?.includes(RATE))).toBe(true);
});

test('PNG scale 4× doubles the 2× image', async ({ page }) => {
	await gotoDashboard(page, '/');
	const figure = page.locator('#chart-money');
	const two = pngSize(
		(await download(page, figure.getByRole('button', { name: 'Download PNG' }))).bytes
	);
	await figure.getByRole('combobox', { name: 'PNG scale' }).selectOption('4');
	const four = pngSize(
		(await download(page, figure.getByRole('button', { name: 'Download PNG' }))).bytes
	);
	expect(four).toEqual({ width: 2 * two.width, height: 2 * two.height });
});

test('Download all holds every chart, the CSV, the annotations and a README', async ({ page }) => {
	await gotoDashboard(page, '/');
	const charts = await page
		.locator('figure.chart-card')
		.evaluateAll((els) => els.map((e) => e.id.replace(/^chart-/, '')));
	const zip = await download(page, page.getByRole('button', { name: 'Download all' }));
	const files = unzipSync(new Uint8Array(zip.bytes));
	for (const chart of charts) {
		for (const ext of ['png', 'svg'])
			expect(files[`${SLUG}-${chart}-USD.${ext}`]?.length).toBeGreaterThan(100);
	}
	expect(strFromU8(files['README.md']!)).toContain('European Central Bank');
	const figures = parse(strFromU8(files['figures.csv']!), { bom: true, columns: true });
	// One row per chart row, closed tables included: their summaries give the count.
	const summaries = await page
		.locator('figure.chart-card details.table > summary')
		.allTextContents();
	const rows = summaries.reduce((n, s) => n + Number(/\((\d+)\)/.exec(s)?.[1] ?? NaN), 0);
	expect(figures.length).toBe(rows);

	const text = loadArticlesFrom('data/articles').find((a) => a.slug === SLUG)!.text;
	const doc = JSON.parse(strFromU8(files['annotations.jsonld']!));
	expect(doc.first.items.length).toBeGreaterThan(0);
	for (const a of doc.first.items) {
		expect(a.type).toBe('Annotation');
		const [quote, position] = a.target.selector;
		expect(text.slice(position.start, position.end)).toBe(quote.exact);
		expect(text).toContain(`${quote.prefix}${quote.exact}${quote.suffix}`);
	}
	// The page shows the same text: the quote is findable in the Article region too.
	const region = await page.getByRole('region', { name: 'Article' }).textContent();
	for (const a of doc.first.items) expect(region).toContain(a.target.selector[0].exact);
});
