// With scripts off (a feed reader, reader mode, a search preview), every chart is drawn from the
// prerendered HTML, and every figure link in the text reaches its chart's element.
import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

for (const path of ['/', '/articles/sample-2024-03-14-european-defence-budgets']) {
	test(`every chart on ${path} is drawn and every figure link lands`, async ({ page }) => {
		await page.goto(path);
		const boxes = page.locator('figure.chart-card .canvas-box');
		const count = await boxes.count();
		expect(count).toBeGreaterThan(1);
		for (const box of await boxes.all()) {
			// One drawing shows for the box's width, with bars or points and its own text.
			const shown = box.locator('.df-plot svg:visible');
			await expect(shown).toHaveCount(1);
			const size = await shown.boundingBox();
			expect(size!.width).toBeGreaterThan(200);
			expect(size!.height).toBeGreaterThan(150);
			expect(await shown.locator('path').count()).toBeGreaterThan(3);
			expect(await shown.locator('text').count()).toBeGreaterThan(2);
		}
		const links = await page
			.getByRole('region', { name: 'Article' })
			.locator('a[href^="#fig-"]')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(links.length).toBeGreaterThan(3);
		for (const href of links) {
			await expect(page.locator(href), `${href} has a target`).toHaveCount(1);
		}
		// Following each one scrolls its row into view, at a phone's width as well as a desktop's
		// (a drawing laid out only near the viewport must not leave the row elsewhere), and
		// :target marks it.
		for (const width of [1280, 375]) {
			await page.setViewportSize({ width, height: 800 });
			for (const href of links) {
				await page.goto(path);
				await page.locator(`a[href="${href}"]`).first().click();
				await expect(page).toHaveURL(new RegExp(`${href}$`));
				await expect(page.locator(href), `${href} at ${width} px`).toBeInViewport();
			}
		}
		const marked = await page
			.locator(':target')
			.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(marked).not.toBe('none');
	});
}

test('a bar in the drawing links to its sentence', async ({ page }) => {
	await page.goto('/');
	const bar = page.locator('#chart-money .df-plot svg:visible a').first();
	const href = await bar.getAttribute('href');
	expect(href).toMatch(/^#s-\d+$/);
	await expect(page.locator(href!)).toHaveCount(1);
});

test('a drawing is laid out only near the viewport on screen, and always in print', async ({
	page
}) => {
	await page.goto('/');
	const visibility = () =>
		page
			.locator('figure.chart-card .canvas-box')
			.evaluateAll((boxes) => boxes.map((b) => getComputedStyle(b).contentVisibility));
	expect(new Set(await visibility())).toEqual(new Set(['auto']));
	await page.emulateMedia({ media: 'print' });
	expect(new Set(await visibility())).toEqual(new Set(['visible']));
});
