/**
 * `npm run bench`: runs every bench section, prints one table and writes tests/bench/results.json.
 * Each figure sits beside a baseline measured in the same run, because these machines are noisy;
 * compare ratios across runs, not raw times.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { BenchRow, BenchSection } from './types';

interface Results {
	/** When this file was last written. */
	date: string;
	node: string;
	cpu: string | undefined;
	/** When each section's rows were measured. */
	sections?: Record<string, string>;
	rows: (BenchRow & { section: string })[];
}

const SECTIONS: Record<string, () => Promise<{ bench: BenchSection }>> = {
	extraction: () => import('./extract'),
	accuracy: () => import('./accuracy'),
	conversion: () => import('./convert'),
	export: () => import('./export'),
	browser: () => import('./browser'),
	paste: () => import('./paste'),
	hostile: () => import('./hostile'),
	lighthouse: () => import('./lighthouse'),
	scaling: () => import('./scaling')
};

const only = process.argv.slice(2);
const rows: (BenchRow & { section: string })[] = [];
for (const [section, load] of Object.entries(SECTIONS)) {
	if (only.length && !only.includes(section)) continue;
	const { bench } = await load();
	for (const row of await bench()) rows.push({ section, ...row });
}

const fmt = (n: number) => new Intl.NumberFormat('en', { maximumSignificantDigits: 4 }).format(n);
console.table(
	rows.map((r) => ({
		section: r.section,
		measure: r.name,
		value: `${fmt(r.value)} ${r.unit}`,
		baseline: `${r.baselineName}: ${fmt(r.baseline)}`,
		ratio: `${fmt(r.ratio)}×`,
		note: r.note ?? ''
	}))
);

// A run of some sections replaces those sections' rows and keeps the others, each section with the
// date it last ran, so README > Performance can cite one file whichever sections were re-run.
const FILE = 'tests/bench/results.json';
const now = new Date().toISOString();
const ran = new Set(rows.map((r) => r.section));
const previous =
	only.length && existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Results) : null;
const kept = (previous?.rows ?? []).filter((r) => !ran.has(r.section));
const sections = Object.fromEntries(
	Object.keys(SECTIONS).flatMap((s) => {
		const date = ran.has(s) ? now : (previous?.sections?.[s] ?? previous?.date);
		return date && (ran.has(s) || kept.some((r) => r.section === s)) ? [[s, date]] : [];
	})
);
const order = Object.keys(SECTIONS);
const merged = [...kept, ...rows].sort(
	(a, b) => order.indexOf(a.section) - order.indexOf(b.section)
);
const results: Results = {
	date: now,
	node: process.version,
	cpu: cpus()[0]?.model,
	sections,
	rows: merged
};
writeFileSync(FILE, JSON.stringify(results, null, '\t') + '\n');
console.log(`wrote ${FILE}${kept.length ? ` (kept ${kept.length} rows of sections not run)` : ''}`);
