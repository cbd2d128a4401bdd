import { test as plain } from '@playwright/test';
import { expect, gotoDashboard, test } from './fixtures';

// Each run writes screenshots to test-results/screens; the ones a person has looked at and approved
// are kept in tests/e2e/reviewed (fonts differ between machines, so they are not pixel-compared).
// The assertions check the layout itself: no sideways scroll, panels beside or stacked.
for (const { width, stacked } of [
	{ width: 1280, stacked: false },
	{ width: 375, stacked: true }
]) {
	test(`at ${width}px the article and charts ${stacked ? 'stack' : 'sit side by side'}`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await gotoDashboard(page, '/');
		await expect(page.locator('figure.chart-card canvas').first()).toHaveAttribute(
			'data-drawn',
			'true'
		);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		const article = await page.locator('.article-panel').boundingBox();
		const charts = await page.locator('.charts-panel').boundingBox();
		if (stacked) expect(charts!.y).toBeGreaterThanOrEqual(article!.y + article!.height - 1);
		else expect(charts!.x).toBeGreaterThanOrEqual(article!.x + article!.width - 1);
		await page.screenshot({ path: `test-results/screens/dashboard-${width}.png`, fullPage: true });
	});
}

// Plain test: with scripts blocked on purpose, failed loads are expected console errors.
plain('chart heights are reserved before the charts draw', async ({ page }) => {
	await page.route('**/*.js', (route) => route.abort());
	await page.goto('/');
	const box = await page.locator('#chart-money .canvas-box').boundingBox();
	expect(box!.height).toBeGreaterThanOrEqual(220);
});
