/**
 * Bench: Lighthouse 12.2.3 on the built dashboard `/`, against the floor page from browser.ts built
 * in the same run. Both are served by one in-process static server (serve.ts) that sends the
 * site's security headers (src/host/headers.ts) and gzips text, as a static host or
 * CDN would.
 *
 * Mobile preset (Lighthouse's default config) and desktop preset, categories performance,
 * accessibility, best practices and SEO, simulated throttling, median of 3 runs each, dashboard and
 * floor interleaved in one Chromium (chrome-launcher, $CHROME_PATH or chromiumPath()). For every
 * category under its target, the row note lists the failing weighted audits.
 *
 * Standalone: `npx tsx tests/bench/lighthouse.ts`. BENCH_SKIP_BUILD=1 audits the existing build/;
 * BENCH_LH_OUT=<dir> also writes every run's full report (lhr JSON) there.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Config, type Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/browser';
import { buildFloor, buildMain, median, round } from './browser';
import { serveStatic } from './serve';
import type { BenchRow, BenchSection } from './types';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const LABEL: Record<Category, string> = {
	performance: 'performance',
	accessibility: 'accessibility',
	'best-practices': 'best practices',
	seo: 'SEO'
};

interface Preset {
	name: 'mobile' | 'desktop';
	/** undefined: Lighthouse's default config, which is the mobile preset. */
	config?: Config;
	/** Targets from the issue; a category without one is reported but not judged. */
	targets: Partial<Record<Category, number>>;
}

const PRESETS: Preset[] = [
	{
		name: 'mobile',
		targets: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 }
	},
	{
		name: 'desktop',
		config: desktopConfig,
		targets: { accessibility: 100, 'best-practices': 100, seo: 100 }
	}
];

/** Trace errors such as NO_NAVSTART that Lighthouse itself says to retry. */
const ATTEMPTS = 3;
let retries = 0;

async function audit(url: string, port: number, preset: Preset): Promise<Result> {
	for (let attempt = 1; ; attempt++) {
		const result = await lighthouse(
			url,
			{ port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
			preset.config
		);
		if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (!lhr.runtimeError) return lhr;
		if (attempt >= ATTEMPTS)
			throw new Error(`lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
		retries++;
	}
}

const score = (lhr: Result, c: Category) => {
	const s = lhr.categories[c]?.score;
	return s === null || s === undefined ? NaN : Math.round(s * 100);
};

/** A short, actionable description of one failing audit: value, and the first few elements. */
function describe(lhr: Result, id: string): string {
	const a = lhr.audits[id];
	if (!a) return id;
	const parts = [`${id} "${a.title}"`];
	if (a.displayValue) parts.push(String(a.displayValue));
	if (a.scoreDisplayMode === 'numeric') parts.push(`score ${round(a.score ?? 0, 2)}`);
	const items = (a.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
	const where = items
		.map((item) => {
			const node = item.node as { selector?: string; snippet?: string } | undefined;
			if (node?.selector) return node.selector;
			if (typeof item.url === 'string') return item.url.replace(/^https?:\/\/[^/]+/, '');
			if (typeof item.description === 'string') return item.description;
			return '';
		})
		.filter(Boolean);
	if (where.length)
		parts.push(
			`[${where.slice(0, 3).join('; ')}${where.length > 3 ? `; +${where.length - 3}` : ''}]`
		);
	return parts.join(' ');
}

/** Weighted audits of `c` scoring below 1, with how many of the runs each failed in. */
function failing(runs: Result[], c: Category): string[] {
	const seen = new Map<string, { count: number; lhr: Result }>();
	for (const lhr of runs) {
		for (const ref of lhr.categories[c]?.auditRefs ?? []) {
			const a = lhr.audits[ref.id];
			if (!ref.weight || !a || a.score === null || a.score >= 1) continue;
			const s = seen.get(ref.id);
			seen.set(ref.id, { count: (s?.count ?? 0) + 1, lhr });
		}
	}
	return [...seen.entries()].map(
		([id, { count, lhr }]) =>
			`${describe(lhr, id)}${count < runs.length ? ` (${count}/${runs.length} runs)` : ''}`
	);
}

export const bench: BenchSection = async () => {
	const root = process.cwd();
	if (!existsSync(join(root, 'svelte.config.js'))) throw new Error('run from the project root');
	const tmp = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
	const out = process.env.BENCH_LH_OUT;
	if (out) mkdirSync(out, { recursive: true });
	const closers: (() => Promise<void>)[] = [];
	let chrome: LaunchedChrome | undefined;
	try {
		const floor = buildFloor(root, join(tmp, 'floor'));
		const main = buildMain(root, join(tmp, 'main'));
		const dash = await serveStatic(main.dir);
		closers.push(dash.close);
		const fl = await serveStatic(floor.dir);
		closers.push(fl.close);

		chrome = await launch({
			chromePath: chromiumPath(),
			chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
			logLevel: 'silent'
		});

		const rows: BenchRow[] = [];
		for (const preset of PRESETS) {
			const t0 = performance.now();
			const retriesBefore = retries;
			const dashRuns: Result[] = [];
			const floorRuns: Result[] = [];
			// Interleaved, so drift on a noisy machine hits both pages alike.
			for (let i = 0; i < RUNS; i++) {
				dashRuns.push(await audit(dash.url, chrome.port, preset));
				floorRuns.push(await audit(fl.url, chrome.port, preset));
				if (out) {
					writeFileSync(
						join(out, `${preset.name}-dashboard-${i + 1}.json`),
						JSON.stringify(dashRuns[i])
					);
					writeFileSync(
						join(out, `${preset.name}-floor-${i + 1}.json`),
						JSON.stringify(floorRuns[i])
					);
				}
			}
			const secs = round((performance.now() - t0) / 1000, 0);
			const retried = retries - retriesBefore;
			for (const c of CATEGORIES) {
				const scores = dashRuns.map((r) => score(r, c));
				const floorScores = floorRuns.map((r) => score(r, c));
				const value = median(scores);
				const baseline = median(floorScores);
				const target = preset.targets[c];
				const miss = target !== undefined && !(value >= target);
				const notes = [
					target === undefined ? 'no target' : `target ≥ ${target}${miss ? ' — MISSED' : ''}`,
					`median of ${RUNS}: runs ${scores.join('/')} vs floor ${floorScores.join('/')}`
				];
				if (c === 'performance')
					notes.push(
						`simulated throttling; ${RUNS * 2} audits in ${secs} s` +
							(retried ? `, ${retried} retried after a Lighthouse trace error` : '')
					);
				const errored = [
					...new Set(
						dashRuns.flatMap((r) =>
							(r.categories[c]?.auditRefs ?? [])
								.filter((ref) => r.audits[ref.id]?.scoreDisplayMode === 'error')
								.map((ref) => `${ref.id}${ref.weight ? ` (weight ${ref.weight})` : ''}`)
						)
					)
				];
				if (errored.length)
					notes.push(`audits that errored in Lighthouse, not judged: ${errored.join(', ')}`);
				if (miss) notes.push(`failing: ${failing(dashRuns, c).join(' | ') || 'none weighted'}`);
				rows.push({
					name: `lighthouse ${preset.name}: ${LABEL[c]}`,
					value,
					unit: '/100',
					baselineName: 'floor page',
					baseline,
					ratio: round(value / baseline, 3),
					note: notes.join('; ')
				});
			}
		}
		return rows;
	} finally {
		chrome?.kill();
		for (const close of closers) await close().catch(() => {});
		// Unlink the node_modules symlinks first so the removal can never reach the real one.
		for (const project of ['floor', 'main'])
			rmSync(join(tmp, project, 'node_modules'), { force: true });
		rmSync(tmp, { recursive: true, force: true });
	}
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	console.table(await bench());
}
