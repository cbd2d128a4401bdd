/**
 * Bench: the longest main-thread task (PerformanceObserver longtask) for the hostile inputs that
 * once froze the page, against the 200 ms budget: a 155 KB paste of 10,200 numbers in one
 * paragraph, the 150 KB hostile fixture (markup and 10,000 numbers), and an 839 KB front-matter
 * drop followed by ten keystrokes. Baseline, measured in the same run: the longest task while the
 * built-in dashboard `/` loads. The browser tests assert only a runaway bound; this is the budget.
 * Standalone: `npx tsx tests/bench/hostile.ts`. BENCH_SKIP_BUILD=1 measures the existing build/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/browser';
import { GENERATORS } from '../fixtures/hostile/generate';
import { build } from './paste';
import { loadThenIntend } from './browser';
import { serveStatic } from './serve';
import type { BenchRow, BenchSection } from './types';

const RUNS = 3;
const BUDGET_MS = 200;
type Probe = Window & { __longest?: number };

async function longestTask(browser: Browser, run: (page: Page) => Promise<void>): Promise<number> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	try {
		const page = await context.newPage();
		page.setDefaultTimeout(60_000);
		await page.addInitScript(() => {
			(window as Probe).__longest = 0;
			new PerformanceObserver((list) => {
				const w = window as Probe;
				for (const e of list.getEntries()) w.__longest = Math.max(w.__longest ?? 0, e.duration);
			}).observe({ type: 'longtask', buffered: true });
		});
		await run(page);
		await page.waitForTimeout(1_000); // let the last slices and charts finish
		return await page.evaluate(() => (window as Probe).__longest ?? 0);
	} finally {
		await context.close();
	}
}

const reset = (page: Page) => page.evaluate(() => ((window as Probe).__longest = 0));

function pasteToCharts(url: string, text: string) {
	return async (page: Page) => {
		await page.goto(`${url}new`);
		await page.locator('form[data-live]').waitFor({ state: 'attached' });
		await page.getByLabel('Article text').evaluate((el: HTMLTextAreaElement, t) => {
			el.value = t;
			el.dispatchEvent(new Event('input', { bubbles: true }));
		}, text);
		await page.getByLabel('Title').fill('Bench');
		await page.getByLabel('Source').fill('Bench');
		await page.getByLabel('Date').fill('2024-03-04');
		await reset(page);
		await page.getByRole('button', { name: 'Show dashboard' }).click();
		await page.locator('#chart-money canvas[data-drawn="true"]').waitFor({ state: 'attached' });
	};
}

function dropAndType(url: string, text: string) {
	return async (page: Page) => {
		await page.goto(`${url}new`);
		await page.locator('form[data-live]').waitFor({ state: 'attached' });
		await page.evaluate((t) => {
			const dt = new DataTransfer();
			dt.items.add(new File([t], 'big.md', { type: 'text/markdown' }));
			(window as Window & { __drop?: DataTransfer }).__drop = dt;
		}, text);
		await reset(page);
		await page.evaluate(() => {
			const dataTransfer = (window as Window & { __drop?: DataTransfer }).__drop;
			const zone = document.querySelector('[aria-label="Drop zone"]')!;
			zone.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
		});
		// Read: refused with a note, or (a build without the limit) its title filled in.
		await page.waitForFunction(() => {
			const title = document.querySelector<HTMLInputElement>('form .meta input[type="text"]');
			return document.querySelector('form .note') !== null || Boolean(title?.value);
		});
		await page.getByLabel('Article text').focus();
		await page.keyboard.press('Control+End');
		await page.keyboard.type('abcdefghij');
	};
}

/** `/` loads, the reader's first intent hydrates it, and its charts go live. */
const dashboardLoad = (url: string) => async (page: Page) => {
	await loadThenIntend(page, url);
	await page.locator('canvas[data-drawn="true"]').first().waitFor({ state: 'attached' });
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export const bench: BenchSection = async () => {
	const tmp = mkdtempSync(join(tmpdir(), 'bench-hostile-'));
	let browser: Browser | undefined;
	let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
	try {
		site = await serveStatic(build(process.cwd(), tmp));
		browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
		const url = site.url;
		const cases = [
			[
				'155 KB paste, one paragraph of 10,200 numbers → charts',
				pasteToCharts(url, GENERATORS.oneParagraphNumbers!())
			],
			[
				'150 KB hostile fixture (markup, 10,000 numbers) → charts',
				pasteToCharts(url, GENERATORS.tenThousandNumbers!())
			],
			[
				'839 KB front-matter drop, then 10 keystrokes',
				dropAndType(url, GENERATORS.bigFrontMatter!())
			]
		] as const;
		const times = new Map<string, number[]>();
		await longestTask(browser, dashboardLoad(url)); // warm-up
		for (let i = 0; i < RUNS; i++) {
			for (const [name, run] of [['baseline', dashboardLoad(url)] as const, ...cases]) {
				times.set(name, [...(times.get(name) ?? []), await longestTask(browser, run)]);
			}
		}
		const baseline = median(times.get('baseline')!);
		return cases.map(([name]): BenchRow => {
			const runs = times.get(name)!;
			const value = median(runs);
			const verdict = value <= BUDGET_MS ? 'within' : 'over';
			return {
				name: `hostile: longest task, ${name}`,
				value: Math.round(value),
				unit: 'ms',
				baselineName: 'longest task while / loads',
				baseline: Math.round(baseline),
				ratio: Math.round((value / baseline) * 100) / 100,
				note: `${verdict} the ${BUDGET_MS} ms budget; median of ${RUNS}, runs ${runs.map(Math.round).join('/')}`
			};
		});
	} finally {
		await browser?.close().catch(() => {});
		await site?.close().catch(() => {});
		rmSync(join(tmp, 'node_modules'), { force: true }); // the symlink first, never its target
		rmSync(tmp, { recursive: true, force: true });
	}
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	console.table(await bench());
}
