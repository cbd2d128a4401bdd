import { test as plain } from '@playwright/test';
import { expect, gotoDashboard, test } from './fixtures';

// The first screen of the default dashboard is compared with a reviewed golden, light and dark
// (tests/e2e/__screenshots__; the font is self-hosted, so text renders the same wherever Chromium
// runs): nothing changes on the page until someone edits it. Each run also writes full-page
// screenshots to test-results/screens for a person to look at. The assertions check the layout:
// no sideways scroll, panels beside or stacked, and how many screens a reader scrolls through.
for (const { width, stacked, screens } of [
	// Measured 4.6 and 8.9 screens of 800 px when these bounds were set; a bound catches a card that grows.
	{ width: 1280, stacked: false, screens: 5 },
	{ width: 375, stacked: true, screens: 9.5 }
]) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`at ${width}px, ${scheme}, the article and charts ${stacked ? 'stack' : 'sit side by side'} and look as reviewed`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.setViewportSize({ width, height: 800 });
			await gotoDashboard(page, '/');
			const canvases = page.locator('figure.chart-card canvas');
			for (const canvas of await canvases.all()) {
				await expect(canvas).toHaveAttribute('data-drawn', 'true');
			}
			await page.evaluate(() => document.fonts.ready);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			const article = await page.locator('.article-panel').boundingBox();
			const charts = await page.locator('.charts-panel').boundingBox();
			if (stacked) expect(charts!.y).toBeGreaterThanOrEqual(article!.y + article!.height - 1);
			else expect(charts!.x).toBeGreaterThanOrEqual(article!.x + article!.width - 1);
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			test.info().annotations.push({ type: 'screens', description: (height / 800).toFixed(2) });
			expect(height / 800).toBeLessThanOrEqual(screens);
			await expect(page).toHaveScreenshot(`dashboard-${width}-${scheme}.png`, {
				animations: 'disabled',
				caret: 'hide'
			});
			await page.screenshot({
				path: `test-results/screens/dashboard-${width}-${scheme}.png`,
				fullPage: true
			});
		});
	}
}

// Plain test: with scripts blocked on purpose, failed loads are expected console errors.
plain('chart heights are reserved before the charts draw', async ({ page }) => {
	await page.route('**/*.js', (route) => route.abort());
	await page.goto('/');
	const box = await page.locator('#chart-money .canvas-box').boundingBox();
	expect(box!.height).toBeGreaterThanOrEqual(220);
});
