/**
 * What the hostile browser suite does around each case: a canary and a long-task observer in every
 * page, an article saved before the hostile input (and looked for after it), drops of raw bytes,
 * the figures the Article region shows with the characters either side, and the suite's summary.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Shown } from '../fixtures/hostile/checks';
import { expect } from './fixtures';

type Probe = Window & { __pwned?: string; __longest?: number };

/** Every page of the test: the longest main-thread task since the last `resetLongest`. */
export async function observe(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as Probe;
		w.__longest = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__longest = Math.max(w.__longest ?? 0, e.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
}

/**
 * A fixed piece of DOM work (3,000 links laid out), timed in the page: median of three. It scales
 * with how busy the machine is, so a bound of ten times it catches a runaway without failing on a
 * shared, loaded machine. About 25 ms on an idle 2-core machine; over 150 ms under load.
 */
export function calibrate(page: Page): Promise<number> {
	return page.evaluate(() => {
		const times: number[] = [];
		for (let k = 0; k < 3; k++) {
			const t0 = performance.now();
			const div = document.createElement('div');
			for (let i = 0; i < 3000; i++) {
				const a = Object.assign(document.createElement('a'), { href: `#f${i}` });
				a.textContent = `figure ${i} `;
				div.append(a, ' text between ');
			}
			document.body.append(div);
			void div.offsetHeight;
			div.remove();
			times.push(performance.now() - t0);
		}
		return Math.round(times.sort((a, b) => a - b)[1]!);
	});
}

export const resetLongest = (page: Page) => page.evaluate(() => ((window as Probe).__longest = 0));
export const longest = (page: Page) =>
	page.evaluate(() => Math.round((window as Probe).__longest ?? 0));
/** Set by any hostile script that manages to run (every fixture's script writes it). */
export const pwned = (page: Page) => page.evaluate(() => (window as Probe).__pwned ?? null);

export const SAVED_BEFORE = {
	id: 'a0000000000000001',
	meta: { title: 'Saved before the hostile input', source: 'Fixture', published: '2024-01-02' },
	text: 'Spending rose 2% in 2023.',
	savedAt: '2024-01-02T00:00:00.000Z'
};

export async function openForm(page: Page, path = '/new'): Promise<void> {
	await page.goto(path);
	await expect(page.locator('form[data-live]')).toBeAttached();
}

/** Saves an article the way the page stores one (same database, store and record shape). */
export async function saveBefore(page: Page): Promise<void> {
	await openForm(page);
	await page.evaluate(
		(record) =>
			new Promise<void>((ok, fail) => {
				const req = indexedDB.open('defence-figures', 1);
				req.onupgradeneeded = () => req.result.createObjectStore('articles', { keyPath: 'id' });
				req.onerror = () => fail(req.error);
				req.onsuccess = () => {
					const tx = req.result.transaction('articles', 'readwrite');
					tx.objectStore('articles').put({ ...record, meta: { ...record.meta, language: 'en' } });
					tx.oncomplete = () => (req.result.close(), ok());
					tx.onerror = () => fail(tx.error);
				};
			}),
		SAVED_BEFORE
	);
}

export async function stillSaved(page: Page): Promise<void> {
	await openForm(page);
	const list = page.getByRole('list', { name: 'Saved articles' });
	await expect(list.getByRole('listitem').filter({ hasText: SAVED_BEFORE.meta.title })).toHaveCount(
		1
	);
}

/** Drops `bytes` as a file named `name` on the drop zone; the file is built first, untimed. */
export async function drop(page: Page, name: string, bytes: Buffer): Promise<void> {
	await page.evaluate(
		([n, b64]) => {
			const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
			const dt = new DataTransfer();
			dt.items.add(
				new File([bytes], n, { type: n.endsWith('.md') ? 'text/markdown' : 'text/plain' })
			);
			(window as Window & { __drop?: DataTransfer }).__drop = dt;
		},
		[name, bytes.toString('base64')] as const
	);
	await resetLongest(page);
	await page.evaluate(() => {
		const dataTransfer = (window as Window & { __drop?: DataTransfer }).__drop;
		const zone = document.querySelector('[aria-label="Drop zone"]')!;
		zone.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
	});
}

/** Every figure in the Article region, with two characters of its sentence either side. */
export function shownFigures(page: Page): Promise<Shown[]> {
	return page.getByRole('region', { name: 'Article' }).evaluate((article) =>
		[...article.querySelectorAll('.fig')].map((fig) => {
			const sentence = fig.closest('.sentence') ?? fig.parentElement!;
			const range = document.createRange();
			range.setStart(sentence, 0);
			range.setEnd(fig, 0);
			const before = range.toString();
			const rest = (sentence.textContent ?? '').slice(
				before.length + (fig.textContent ?? '').length
			);
			return { before: before.slice(-2), exact: fig.textContent ?? '', after: rest.slice(0, 2) };
		})
	);
}

export interface Outcome {
	id: string;
	pending: string | null;
	passed: boolean;
	expected: boolean;
	ms: number;
	longestTask: number | null;
}

/**
 * Adds this worker's outcomes to the run's, and prints the run's totals so far: the line printed
 * by the last worker to finish counts every case. Workers share the runner's pid as their parent.
 */
export function summarise(mine: Outcome[], total: number): string {
	const dir = join(tmpdir(), `hostile-e2e-${process.ppid}`);
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, `${process.pid}.json`), JSON.stringify(mine));
	const all: Outcome[] = readdirSync(dir).flatMap((f) =>
		JSON.parse(readFileSync(join(dir, f), 'utf8'))
	);
	const held = all.filter((o) => o.passed && !o.pending).length;
	const waiting = all.filter((o) => o.pending && o.expected);
	const failed = all.filter((o) => !o.expected).length;
	const tasks = all.map((o) => o.longestTask ?? 0);
	const seconds = all.reduce((s, o) => s + o.ms, 0) / 1000;
	return (
		`hostile browser suite: ${all.length} of ${total} inputs tried, ${held} held, ${failed} failed, ` +
		`${waiting.length} waiting on other branches [${waiting.map((o) => `${o.id} (${o.pending})`).join(', ')}], ` +
		`longest main-thread task ${Math.max(0, ...tasks)} ms, ${seconds.toFixed(1)} s of tests`
	);
}
