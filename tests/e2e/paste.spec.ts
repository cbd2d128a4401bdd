import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, inkedPixels, openTable, test } from './fixtures';
import { hostileArticle } from '../fixtures/paste/generate';

const EURO_POUND = readFileSync(
	'data/articles/sample-2024-03-14-european-defence-budgets.md',
	'utf8'
);
const DROPPED = 'tests/fixtures/paste/dropped-front-matter.md';

async function openForm(page: Page) {
	await page.goto('/new');
	// The prerendered form looks the same before hydration; data-live says its handlers are attached.
	await expect(page.locator('form[data-live]')).toBeAttached();
}

async function paste(
	page: Page,
	text: string,
	fields?: { title: string; source: string; date: string }
) {
	await page.getByLabel('Article text').fill(text);
	if (fields) {
		await page.getByLabel('Title').fill(fields.title);
		await page.getByLabel('Source').fill(fields.source);
		await page.getByLabel('Date').fill(fields.date);
	}
	await page.getByRole('button', { name: 'Show dashboard' }).click();
}

test('a pasted euro and pound article gets charts, links and conversion at its date', async ({
	page
}) => {
	await openForm(page);
	await page.getByLabel('Article text').fill(EURO_POUND);
	await expect(page.getByLabel('Title')).toHaveValue(
		'European allies raise defence budgets as UK pledges more'
	);
	await expect(page.getByLabel('Date')).toHaveValue('2024-03-14');
	await page.getByRole('button', { name: 'Show dashboard' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toContainText('European allies');
	for (const canvas of await page.locator('figure.chart-card canvas').all()) {
		expect(await inkedPixels(canvas)).toBeGreaterThan(500);
	}
	const money = await openTable(page.locator('#chart-money'));
	// 1.0925 USD per EUR: the ECB fixing of 14 March 2024 (data/reference, fx_daily).
	await expect(money.locator('figcaption')).toContainText('ECB rate of 14 Mar 2024');
	await expect(money.getByRole('row', { name: /53\.25/ })).toContainText(
		'ECB rate of 14 Mar 2024, 1.09 USD per EUR'
	);
	await expect(page.locator('#chart-percent')).toBeVisible();

	const article = page.getByRole('region', { name: 'Article' });
	await article.getByRole('link', { name: '€53.25bn' }).click();
	await expect(money.locator('tr.current')).toContainText('€53.25bn');

	await money
		.getByRole('row', { name: /£6\.6bn/ })
		.getByRole('link')
		.click();
	await expect(article.locator('[aria-current="true"]')).toContainText(
		'Britain said it would lift defence spending'
	);
});

test('an added article is kept across reloads and can be deleted', async ({ page }) => {
	await openForm(page);
	await paste(page, EURO_POUND);
	await expect(page.locator('canvas[data-drawn="true"]').first()).toBeAttached();

	// A reload reopens the article shown (`?saved=<id>`); the list is one click away.
	await page.reload();
	await expect(page.locator('#chart-money canvas')).toHaveAttribute('data-drawn', 'true');
	await page.getByRole('button', { name: 'Add or open another article' }).click();
	const list = page.getByRole('list', { name: 'Saved articles' });
	const item = list.getByRole('listitem').filter({ hasText: 'European allies raise' });
	await expect(item).toHaveCount(1);
	await expect(item).toContainText('2024-03-14');

	await item.getByRole('button', { name: 'Open' }).click();
	await expect(page.locator('#chart-money canvas')).toHaveAttribute('data-drawn', 'true');
	await page.getByRole('button', { name: 'Add or open another article' }).click();

	const download = page.waitForEvent('download');
	await item.getByRole('button', { name: 'Download .md' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(
		'european-allies-raise-defence-budgets-as-uk-pledges-more.md'
	);
	expect(readFileSync(await file.path(), 'utf8')).toBe(EURO_POUND);

	await item.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByText('None yet.')).toBeVisible();
	await page.reload();
	await expect(page.getByText('None yet.')).toBeVisible();
});

test('a dropped .md file fills in title, source and date', async ({ page }) => {
	await openForm(page);
	await page.getByLabel('Article file').setInputFiles(DROPPED);
	await expect(page.getByLabel('Title')).toHaveValue('Nordic states pledge more for air defence');
	await expect(page.getByLabel('Source')).toHaveValue(
		'Test fixture (written for the tests, not a real article)'
	);
	await expect(page.getByLabel('Date')).toHaveValue('2024-06-03');
	await expect(page.getByLabel('Article text')).toHaveValue(/^---\ntitle: Nordic/);
});

test('a paste submitted in the same instant is checked with the fields its front matter gives', async ({
	page
}) => {
	await openForm(page);
	// Paste and click in one task: the front matter's worker cannot have answered yet.
	await page.evaluate((text) => {
		const box = document.querySelector<HTMLTextAreaElement>('#paste-text')!;
		box.value = text;
		box.dispatchEvent(new Event('input', { bubbles: true }));
		document.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
	}, EURO_POUND);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('European allies');
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a file dropped on the drop zone is read too', async ({ page }) => {
	await openForm(page);
	const text = 'date 2023-12-23\nTOKYO, Dec 23, 2023 (AFP) – Japan will spend $56 billion.';
	const drop = await page.evaluateHandle((t) => {
		const dt = new DataTransfer();
		dt.items.add(new File([t], 'seed.txt', { type: 'text/plain' }));
		return dt;
	}, text);
	await page.getByRole('group', { name: 'Drop zone' }).dispatchEvent('drop', {
		dataTransfer: drop
	});
	await expect(page.getByLabel('Source')).toHaveValue('AFP');
	await expect(page.getByLabel('Date')).toHaveValue('2023-12-23');
});

test('a dateline fills in the date and source of a plain paste', async ({ page }) => {
	await openForm(page);
	await page.getByLabel('Article text').fill('TOKYO, Dec 23, 2023 (AFP) – Japan will spend more.');
	await expect(page.getByLabel('Date')).toHaveValue('2023-12-23');
	await expect(page.getByLabel('Source')).toHaveValue('AFP');
});

test('the hostile fixture renders as text, runs no script and stays responsive', async ({
	page
}) => {
	await page.addInitScript(() => {
		(window as { __longest?: number }).__longest = 0;
		new PerformanceObserver((list) => {
			const w = window as { __longest?: number };
			for (const e of list.getEntries()) w.__longest = Math.max(w.__longest ?? 0, e.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
	await openForm(page);
	// Set the value as a paste does: Playwright's fill() types into the textarea, and the browser's
	// own editing of 150 KB is not what is measured here.
	await page.getByLabel('Article text').evaluate((el: HTMLTextAreaElement, text) => {
		el.value = text;
		el.dispatchEvent(new Event('input', { bubbles: true }));
	}, hostileArticle());
	await page.getByLabel('Title').fill('<script>x</script> Hostile');
	await page.getByLabel('Source').fill('Fixture');
	await page.getByLabel('Date').fill('2024-03-04');
	await page.evaluate(() => ((window as { __longest?: number }).__longest = 0));
	await page.getByRole('button', { name: 'Show dashboard' }).click();

	await expect(page.locator('#chart-money canvas')).toHaveAttribute('data-drawn', 'true', {
		timeout: 20_000
	});
	const article = page.getByRole('region', { name: 'Article' });
	await expect(article).toContainText('<script>window.__pwned');
	await expect(article).toContainText('<img src=x onerror=');
	await expect(article).toContainText('\u202e');
	await expect(page.locator('main img, main iframe, main svg[onload], article script')).toHaveCount(
		0
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('<script>x</script> Hostile');
	await expect(page.getByRole('status', { name: 'Notice' })).toContainText(
		'the chart shows the largest 30 of 3,00'
	);
	await expect(page.getByRole('status', { name: 'Notice' })).not.toContainText('main thread');
	expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();

	// Five toggles, median, beside five no-op clicks measured the same way in the same page. The
	// 200 ms budget is a `npm run bench` figure; on a shared 2-core machine a healthy toggle has
	// measured 50–320 ms, so the test only catches a runaway (every figure redrawn on the main
	// thread takes seconds): ten times the no-op, and never less than a second.
	const { toggle, noop } = await page.evaluate(async () => {
		const box = [...document.querySelectorAll('fieldset label')]
			.find((l) => l.textContent?.trim().startsWith('Quantities'))
			?.querySelector('input');
		const inert = document.querySelector('h1');
		if (!box || !inert) throw new Error('no Quantities checkbox or heading');
		const frames = () =>
			new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
		const median = async (target: HTMLElement) => {
			await frames();
			const times: number[] = [];
			for (let i = 0; i < 5; i++) {
				const t0 = performance.now();
				target.click();
				await frames();
				times.push(performance.now() - t0);
			}
			return times.sort((a, b) => a - b)[2]!;
		};
		const noop = await median(inert);
		return { toggle: await median(box), noop };
	});
	test.info().annotations.push({
		type: 'click on a filter to the next frame',
		description: `${toggle} ms (no-op click: ${noop} ms)`
	});
	expect(toggle, 'click on a filter to the next frame, ms').toBeLessThan(Math.max(10 * noop, 1000));
	// Extraction runs in the worker, the text renders in slices and each chart in a task of its own:
	// the longest task measured 55–66 ms on a quiet machine and 115–158 ms with the whole suite
	// running beside it. Timings are not asserted tightly on shared machines, so the bound only
	// catches a runaway (extraction back on the main thread takes seconds); the measured value is
	// attached to the report.
	const longest = await page.evaluate(() => (window as { __longest?: number }).__longest ?? 0);
	test
		.info()
		.annotations.push({ type: 'longest task, submit → charts', description: `${longest} ms` });
	expect(longest, 'longest main-thread task from submit to charts, ms').toBeLessThan(1000);
});

test('text over 1 MB is refused with its size and the limit', async ({ page }) => {
	await openForm(page);
	await paste(page, 'Spending rose 2%. '.repeat(62_000), {
		title: 'Too long',
		source: 'Fixture',
		date: '2024-01-01'
	});
	await expect(page.getByRole('alert')).toHaveText(
		'This article is 1.12 MB (1,116,000 bytes); the limit is 1 MB (1,000,000 bytes). Paste a shorter text.'
	);
	await expect(page.locator('figure.chart-card')).toHaveCount(0);
});

test('an article with no figures is explained, and an old date converts at the first rate', async ({
	page
}) => {
	await openForm(page);
	await paste(page, 'Ministers met. Nothing was decided.', {
		title: 'Quiet day',
		source: 'Fixture',
		date: '1998-05-01'
	});
	await expect(page.getByText('This article states no figures we can chart')).toBeVisible();
	await expect(page.locator('figure.chart-card')).toHaveCount(0);
	await expect(page.getByRole('status', { name: 'Notice' })).toContainText(
		'Rates for 1998-05-01 are not in the data (Fed H.10 rates start 1999-01-04); using the nearest available, 1999-01-04.'
	);
});

test('a failed save is reported and keeps what was saved before', async ({ page }) => {
	await openForm(page);
	await paste(page, EURO_POUND);
	await expect(page.locator('canvas[data-drawn="true"]').first()).toBeAttached();

	await page.addInitScript(() => {
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await page.reload();
	await page.getByRole('button', { name: 'Add or open another article' }).click();
	await paste(page, 'Spending rose 3%.', {
		title: 'Second',
		source: 'Fixture',
		date: '2024-05-02'
	});
	await expect(page.getByRole('alert')).toContainText(
		"Could not save this article: the browser's storage for this site is full."
	);
	await expect(page.locator('#chart-percent canvas')).toHaveAttribute('data-drawn', 'true');
	await page.getByRole('button', { name: 'Add or open another article' }).click();
	const list = page.getByRole('list', { name: 'Saved articles' });
	await expect(list.getByRole('listitem')).toHaveCount(1);
	await expect(list).toContainText('European allies raise');
});

test('with IndexedDB unavailable the page still charts and says why nothing is kept', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	await openForm(page);
	await expect(page.getByRole('alert')).toContainText('does not allow saving here');
	await paste(page, 'Spending rose 3%.', { title: 'T', source: 'S', date: '2024-05-02' });
	await expect(page.locator('#chart-percent canvas')).toHaveAttribute('data-drawn', 'true');
});

test('without Web Workers the figures are found on the main thread, in slices', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'Worker', { value: undefined });
	});
	await openForm(page);
	await paste(page, EURO_POUND);
	await expect(page.locator('#chart-money canvas')).toHaveAttribute('data-drawn', 'true');
	await expect(page.getByRole('status', { name: 'Notice' })).toContainText(
		'Figures were found on the main thread'
	);
});
