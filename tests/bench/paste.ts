/**
 * Bench: from "Show dashboard" to every chart drawn on the paste page (/new), for a generated
 * 1,000-word article and a 100 KB one, in headless Chromium against a built site served as static
 * files. Baseline, measured in the same run: the built-in dashboard's navigation-to-charts time on /.
 *
 * The clock starts at the submit click and stops when every chart canvas carries data-drawn="true",
 * so it covers the lazy import of the pipeline, fetching the year's /rates/<YEAR>.json, extraction in the worker and
 * drawing. Each run is a fresh browser context with the cache off, as a first paste would be.
 * Standalone: `npx tsx tests/bench/paste.ts`. BENCH_SKIP_BUILD=1 measures the existing build/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/browser';
import { bytesArticle, wordsArticle } from '../fixtures/paste/generate';
import { loadThenIntend } from './browser';
import { serveStatic } from './serve';
import type { BenchRow, BenchSection } from './types';

const RUNS = 5;
const TIMEOUT = 60_000;
const NOT_COPIED = new Set(['node_modules', '.git', 'build', '.svelte-kit', 'test-results']);

/** A snapshot of the working tree, built in a temp dir so build/ in the checkout is left alone. */
export function build(root: string, tmp: string): string {
	if (process.env.BENCH_SKIP_BUILD && existsSync(join(root, 'build/new.html'))) {
		return join(root, 'build');
	}
	cpSync(root, tmp, {
		recursive: true,
		filter: (src) => src === root || !NOT_COPIED.has(relative(root, src).split(sep)[0]!)
	});
	symlinkSync(join(root, 'node_modules'), join(tmp, 'node_modules'), 'dir');
	const vite = join(root, 'node_modules/vite/bin/vite.js');
	const r = spawnSync(process.execPath, [vite, 'build'], { cwd: tmp, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`build failed:\n${`${r.stdout}${r.stderr}`.slice(-3000)}`);
	return join(tmp, 'build');
}

/** Resolves with performance.now() once at least one chart exists and every chart has drawn. */
const ALL_DRAWN = `new Promise((ok) => {
	const check = () => {
		const canvases = document.querySelectorAll('figure.chart-card canvas');
		if (canvases.length && [...canvases].every((c) => c.dataset.drawn === 'true')) {
			observer.disconnect();
			ok(performance.now());
		}
	};
	const observer = new MutationObserver(check);
	observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn'] });
	check();
})`;

async function fresh(browser: Browser, run: (page: Page) => Promise<number>): Promise<number> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	try {
		const page = await context.newPage();
		page.setDefaultTimeout(TIMEOUT);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		return await run(page);
	} finally {
		await context.close();
	}
}

/** ms from the submit click to every chart drawn. */
function pasteToCharts(url: string, text: string) {
	return async (page: Page) => {
		await page.goto(`${url}new`);
		await page.locator('form[data-live]').waitFor({ state: 'attached' });
		await page.getByLabel('Article text').evaluate((el: HTMLTextAreaElement, t) => {
			el.value = t;
			el.dispatchEvent(new Event('input', { bubbles: true }));
		}, text);
		await page.getByLabel('Title').fill('Bench article');
		await page.getByLabel('Source').fill('Bench');
		await page.getByLabel('Date').fill('2024-03-14');
		const t0 = await page.evaluate(() => {
			const start = performance.now();
			document.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
			return start;
		});
		return ((await page.evaluate(ALL_DRAWN)) as number) - t0;
	};
}

/**
 * ms from navigation start to the built-in dashboard's charts drawn by Chart.js: the page loads,
 * the reader's first intent (a mouse move) hydrates it, and the charts go live.
 */
function dashboardLoad(url: string) {
	return async (page: Page) => {
		await loadThenIntend(page, url);
		return (await page.evaluate(ALL_DRAWN)) as number;
	};
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const round = (n: number) => Math.round(n * 10) / 10;

export const bench: BenchSection = async () => {
	const root = process.cwd();
	const tmp = mkdtempSync(join(tmpdir(), 'bench-paste-'));
	let browser: Browser | undefined;
	let site: { url: string; close: () => Promise<void> } | undefined;
	try {
		site = await serveStatic(build(root, tmp));
		browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
		const articles = [
			{ name: 'paste → charts: 1,000-word article', text: wordsArticle(1_000) },
			{ name: 'paste → charts: 100 KB article', text: bytesArticle(100_000) }
		];
		await fresh(browser, dashboardLoad(site.url)); // warm-up: the OS file cache, the first launch
		const times = new Map<string, number[]>([['baseline', []]]);
		for (let i = 0; i < RUNS; i++) {
			// Interleaved, so drift on a shared machine hits every row alike.
			times.get('baseline')!.push(await fresh(browser, dashboardLoad(site.url)));
			for (const a of articles) {
				const t = await fresh(browser, pasteToCharts(site.url, a.text));
				times.set(a.name, [...(times.get(a.name) ?? []), t]);
			}
		}
		const baseline = median(times.get('baseline')!);
		return articles.map((a): BenchRow => {
			const runs = times.get(a.name)!;
			const value = median(runs);
			return {
				name: a.name,
				value: round(value),
				unit: 'ms',
				baselineName: 'built-in dashboard: nav start → charts (/)',
				baseline: round(baseline),
				ratio: Math.round((value / baseline) * 1000) / 1000,
				note:
					`median of ${RUNS} cold runs, submit click → every chart drawn ` +
					`(${Buffer.byteLength(a.text).toLocaleString('en')} bytes); runs ${runs.map(Math.round).join('/')}`
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
