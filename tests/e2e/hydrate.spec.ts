// An article page is complete before any script runs, and hydrates on the reader's first intent
// ($lib/hydrate/boot.js): nothing is fetched or run before it, a click or a choice made while the
// scripts arrive is made again on the live page, and a page that must differ from its prerendered
// HTML (URL state, saved edits) hydrates at once.
import type { Page } from '@playwright/test';
import { expect, hydrate, test } from './fixtures';

const SLUG = 'afp-2023-12-23-japan-patriot-exports';

/** Records every script the page requests. */
function scripts(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script' || r.url().endsWith('.js')) seen.push(r.url());
	});
	return seen;
}

/**
 * How long the app's scripts are held back: long enough that a loaded machine cannot finish
 * hydrating before the test has looked. The waits for the live page allow for several such delays
 * in a row (chains of modules).
 */
const HELD = 1500;
const LIVE = { timeout: 20_000 };

/** Holds the app's scripts back for `ms`, so an input lands while the page is not yet live. */
async function slowScripts(page: Page, ms: number): Promise<void> {
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await new Promise((ok) => setTimeout(ok, ms));
		await route.continue();
	});
}

for (const path of ['/', `/articles/${SLUG}`]) {
	test(`${path} runs no script until the reader's first intent, then Chart.js takes over without a shift`, async ({
		page
	}) => {
		const requested = scripts(page);
		await page.addInitScript(() => {
			// Every layout shift, with when it happened and the first thing it moved.
			const w = window as unknown as { __shifts: [number, number, string][] };
			w.__shifts = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) {
					const shift = e as unknown as {
						value: number;
						sources: { node?: Node | null }[];
					};
					const node = shift.sources[0]?.node;
					const what = `${node?.parentElement?.className ?? ''}: ${node?.textContent?.slice(0, 40)}`;
					w.__shifts.push([e.startTime, shift.value, what]);
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(path, { waitUntil: 'load' });
		await page.waitForTimeout(1500);
		expect(requested, 'scripts fetched before any intent').toEqual([]);
		await expect(page.locator('html')).not.toHaveAttribute('data-hydration', /.*/);
		// Every chart is already drawn, from the HTML.
		const boxes = page.locator('figure.chart-card .canvas-box');
		await expect(boxes).toHaveCount(7);
		await expect(page.locator('figure.chart-card .df-plot svg:visible')).toHaveCount(7);

		// The HTML carries no hydration data: the deferred script is an empty tag naming a file beside
		// the page, and the policy allows one inline script, the boot.
		const deferred = page.locator('script[type="df/deferred"]');
		expect(await deferred.textContent()).toBe('');
		const src = new URL((await deferred.getAttribute('data-src'))!, page.url()).href;
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		const scriptSrc = /script-src ([^;]*)/.exec(policy!)![1]!;
		expect(scriptSrc.match(/'sha256-/g), scriptSrc).toHaveLength(1);

		const intent = await page.evaluate(() => performance.now());
		await hydrate(page);
		expect(requested.length).toBeGreaterThan(3);
		expect(requested).toContain(src);
		await expect(page.locator('figure.chart-card canvas[data-drawn="true"]')).toHaveCount(7);
		await expect(page.locator('figure.chart-card .df-plot svg:visible')).toHaveCount(0);
		// A live chart's box is laid out wherever it is, so a full-page capture shows every chart.
		expect(
			await boxes.evaluateAll((all) => all.map((b) => getComputedStyle(b).contentVisibility))
		).toEqual(Array(7).fill('visible'));
		await page.evaluate(
			() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))
		);
		const shifts = await page.evaluate(
			() => (window as unknown as { __shifts: [number, number, string][] }).__shifts
		);
		const sum = (xs: [number, number, string][]) => xs.reduce((a, [, v]) => a + v, 0);
		// Hydration and Chart.js's takeover move nothing at all (the target).
		const takeover = shifts.filter(([at]) => at >= intent);
		expect(sum(takeover), JSON.stringify(takeover)).toBe(0);
		// The load: the faces are preloaded in the body, so they do not hold the first paint, and
		// one that arrives after it swaps in for a fallback drawn to its measure. That can move a row
		// of buttons by 3 or 4 px: 32 cold loads measured 0 in most and at worst 0.001, at 1280 and
		// 375 px, light and dark. Under a full suite on two workers one CI run measured 0.0063 (the
		// header's row of actions first, at 881 ms). The cause was found later: a row of buttons
		// painted while the parser had put in only some of them (the header's, or the money chart's,
		// 0.019 once in sixteen loads) grew as the rest came. The first paint now waits for the
		// header and controls (layout.spec.ts) and a chart's downloads no longer sit at the right
		// edge, and sixteen loads shifted under 0.001. This bound is for a gross regression (without
		// the matched fallback, loads shifted up to 0.028), and the fallback's measure is held to
		// 1 px, without timing, by fonts.spec.ts.
		const load = shifts.filter(([at]) => at < intent);
		expect(sum(load), JSON.stringify(load)).toBeLessThan(0.02);
	});
}

test('a click made before the page is live is made again once it is', async ({ page }) => {
	test.setTimeout(60_000);
	await slowScripts(page, HELD);
	await page.goto('/', { waitUntil: 'load' });
	const money = page.getByRole('group', { name: 'Figure types' }).getByLabel('Money');
	await expect(money).toBeChecked();
	// The native toggle is held back: a checkbox never shows a state the page has not applied.
	await money.click({ force: true, noWaitAfter: true });
	await expect(page.locator('html')).toHaveAttribute('data-hydration', 'started');
	await expect(money).toBeChecked();
	await expect(page.locator('html')).toHaveAttribute('data-hydration', 'done', LIVE);
	await expect(money).not.toBeChecked();
	await expect(page.locator('#chart-money')).toHaveCount(0);
	await expect(page).toHaveURL(/\?types=percent,dates,quantity$/);

	// A button as well: "Edit chart" opens its editor.
	await page.goto('/', { waitUntil: 'load' });
	const card = page.locator('#chart-percent');
	await card.getByRole('button', { name: 'Edit chart' }).click({ noWaitAfter: true });
	await expect(card.getByRole('textbox', { name: 'Chart title' })).toBeVisible(LIVE);
});

test('a figure link followed before the page is live lands on its row, and the page stays there', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.setViewportSize({ width: 375, height: 800 });
	await slowScripts(page, HELD);
	await page.goto('/', { waitUntil: 'load' });
	const row = page.locator('#fig-money-56-billion');
	await page
		.getByRole('region', { name: 'Article' })
		.getByRole('link', { name: '$56 billion' })
		.click({ noWaitAfter: true });
	// The browser follows the link at once, scripts or not: its table opens and the row is in view.
	await expect(row).toBeInViewport();
	const landed = await page.evaluate(() => scrollY);
	await expect(page.locator('html')).toHaveAttribute('data-hydration', 'done', LIVE);
	await expect(page.locator('#chart-money canvas')).toHaveAttribute('data-drawn', 'true', LIVE);
	// Live, the figure is selected (its sentence current) without carrying the reader off to the
	// sentence, and hydration does not shut the table the browser opened.
	await expect(page.locator('[aria-current="true"]')).toContainText('$56 billion');
	await expect(row).toBeInViewport();
	expect(await page.evaluate(() => scrollY)).toBe(landed);
	expect(
		await page.locator('#chart-money details.table').evaluate((d) => (d as HTMLDetailsElement).open)
	).toBe(true);
});

test('a table opened before the page is live stays open once it is', async ({ page }) => {
	test.setTimeout(60_000);
	await slowScripts(page, HELD);
	await page.goto('/', { waitUntil: 'load' });
	const panel = page.locator('#chart-percent details.table');
	await panel.locator('summary').click({ noWaitAfter: true });
	await expect(panel).toHaveAttribute('open', '');
	await expect(page.locator('html')).toHaveAttribute('data-hydration', 'done', LIVE);
	await expect(page.locator('#chart-percent canvas')).toHaveAttribute('data-drawn', 'true', LIVE);
	await expect(panel).toHaveAttribute('open', '');
});

test('a currency chosen before the page is live is applied once it is', async ({ page }) => {
	test.setTimeout(60_000);
	await slowScripts(page, HELD);
	await page.goto('/', { waitUntil: 'load' });
	// selectOption sets the value and fires input and change, with no pointer or key event: the
	// change itself starts the page.
	await page.getByLabel('Currency').selectOption('JPY');
	await expect(page.locator('html')).toHaveAttribute('data-hydration', 'done', LIVE);
	await expect(page.getByLabel('Currency')).toHaveValue('JPY');
	await expect(page).toHaveURL(/currency=JPY/);
	await expect(page.locator('#chart-money canvas')).toHaveAttribute('data-drawn', 'true', LIVE);
});

test('URL state and saved edits hydrate the page at once, with no intent', async ({ page }) => {
	await page.goto('/?currency=EUR', { waitUntil: 'load' });
	await expect(page.locator('html')).toHaveAttribute('data-hydration', 'done');
	await expect(page.getByLabel('Currency')).toHaveValue('EUR');

	await page.evaluate(
		(key) => localStorage.setItem(key, JSON.stringify({ charts: {}, figures: {}, events: [] })),
		`defence-figures:edits:${SLUG}`
	);
	await page.goto('/', { waitUntil: 'load' });
	await expect(page.locator('html')).toHaveAttribute('data-hydration', 'done');

	await page.evaluate(() => localStorage.clear());
	await page.goto('/', { waitUntil: 'load' });
	await page.waitForTimeout(500);
	await expect(page.locator('html')).not.toHaveAttribute('data-hydration', /.*/);
});
