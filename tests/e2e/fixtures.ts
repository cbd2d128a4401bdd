/**
 * Shared browser-test helpers: a page that fails the test on any CSP violation or page error, and
 * pixel checks on real Chart.js canvases.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const test = base.extend<{ page: Page }>({
	page: async ({ page }, use) => {
		const problems: string[] = [];
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
			});
		});
		page.on('console', (m) => {
			if (m.type() === 'error') problems.push(m.text());
		});
		page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
		await use(page);
		expect(problems, 'console errors, page errors or CSP violations').toEqual([]);
	}
});

export { expect };

/** Waits until a chart canvas has drawn, then counts pixels that differ from its top-left corner. */
export async function inkedPixels(canvas: Locator): Promise<number> {
	await expect(canvas).toHaveAttribute('data-drawn', 'true');
	return canvas.evaluate((el: HTMLCanvasElement) => {
		const ctx = el.getContext('2d');
		if (!ctx) return 0;
		const { data } = ctx.getImageData(0, 0, el.width, el.height);
		let inked = 0;
		for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0) inked++;
		return inked;
	});
}

/** Finds the first pixel of a given colour on a canvas, in CSS pixels relative to the canvas. */
export async function findColour(
	canvas: Locator,
	hex: string
): Promise<{ x: number; y: number } | null> {
	return canvas.evaluate((el: HTMLCanvasElement, colour) => {
		const ctx = el.getContext('2d');
		if (!ctx) return null;
		const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
		const { data, width, height } = ctx.getImageData(0, 0, el.width, el.height);
		const scale = el.width / el.getBoundingClientRect().width;
		// Scan from the middle of each bar's likely run: first a coarse grid, right to left of the axis.
		for (let y = 0; y < height; y += 2) {
			for (let x = 0; x < width; x += 2) {
				const i = (y * width + x) * 4;
				if (
					Math.abs(data[i]! - r!) < 6 &&
					Math.abs(data[i + 1]! - g!) < 6 &&
					Math.abs(data[i + 2]! - b!) < 6
				) {
					return { x: x / scale + 4 / scale, y: y / scale + 6 / scale };
				}
			}
		}
		return null;
	}, hex);
}

/**
 * Opens a dashboard and waits until it is live. An article page hydrates on the reader's first
 * intent ($lib/hydrate/boot.js), so this moves the mouse over it as a reader would; Chart.js then
 * draws once the page has hydrated.
 */
export async function gotoDashboard(page: Page, url = '/'): Promise<void> {
	await page.goto(url);
	await hydrate(page);
	await expect(page.locator('canvas[data-drawn="true"]').first()).toBeAttached();
}

/** A reader's first intent (the mouse moving over the page), then the page is live. */
export async function hydrate(page: Page): Promise<void> {
	await page.mouse.move(40, 40);
	await expect(page.locator('html')).toHaveAttribute('data-hydration', 'done');
}

/** Opens a chart card's "Table" panel (closed by default) and returns the card. */
export async function openTable(card: Locator): Promise<Locator> {
	const panel = card.locator('details.table');
	if (!(await panel.evaluate((d: HTMLDetailsElement) => d.open))) {
		await panel.locator('summary').click();
	}
	await expect(panel).toHaveAttribute('open', '');
	return card;
}
