// The files the build publishes: every og:image and chart file an article page names exists, is
// a PNG, SVG or CSV of what it says, and the index lists and searches every article.
import { expect, test } from './fixtures';

const PAGES = [
	'/',
	'/articles/afp-2023-12-23-japan-patriot-exports',
	'/articles/sample-2024-03-14-european-defence-budgets'
];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const path of PAGES) {
	test(`${path}: its card and every chart file it names are what they say`, async ({
		page,
		request
	}) => {
		await page.goto(path);
		const meta = async (key: string) =>
			page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
		const card = (await meta('og:image'))!;
		expect(await meta('twitter:card')).toBe('summary_large_image');
		expect(await meta('twitter:image')).toBe(card);
		expect(await meta('og:title')).toBeTruthy();
		const png = await request.get(card);
		expect(png.headers()['content-type']).toBe('image/png');
		expect(pngSize(await png.body())).toEqual({
			width: Number(await meta('og:image:width')),
			height: Number(await meta('og:image:height'))
		});

		const files = await page
			.locator('.share .files a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		const charts = await page.locator('figure.chart-card').count();
		expect(files.length).toBeGreaterThanOrEqual(2 * charts);
		for (const href of files) {
			const r = await request.get(href);
			expect(r.ok(), href).toBe(true);
			const body = await r.body();
			if (href.endsWith('.svg')) {
				const svg = body.toString('utf8');
				expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg [^>]*width="640" height="\d+"/);
				expect(svg).toContain('<text');
			} else if (href.endsWith('.csv')) {
				expect(body.subarray(0, 3).toString('hex')).toBe('efbbbf');
				expect(body.toString('utf8')).toMatch(/^\uFEFFChart,Marker,Figure/);
			} else {
				expect(pngSize(body).width).toBe(1280);
			}
		}
	});
}

test('the index lists every article with its figures, and searches titles', async ({ page }) => {
	await page.goto('/articles');
	const list = page.getByRole('list', { name: 'Built-in articles' });
	await expect(list.getByRole('listitem')).toHaveCount(2);
	await expect(list).toContainText(
		'3 amounts of money · 1 percentage · 3 years and dates · 1 quantity'
	);
	await page.getByLabel('Search titles').fill('patriot missiles');
	await expect(list.getByRole('listitem')).toHaveCount(1);
	await expect(page.getByRole('status')).toContainText('1 title matches “patriot missiles”');
	await page.getByLabel('Search titles').fill('no such words');
	await expect(list.getByRole('listitem')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Articles' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Add an article' }).first()).toBeVisible();
});
