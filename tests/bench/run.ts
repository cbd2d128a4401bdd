/**
 * `npm run bench`: runs every bench section, prints one table and writes tests/bench/results.json.
 * Each figure sits beside a baseline measured in the same run, because these machines are noisy;
 * compare ratios across runs, not raw times.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { BenchRow, BenchSection } from './types';

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

writeFileSync(
	'tests/bench/results.json',
	JSON.stringify(
		{ date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model, rows },
		null,
		'\t'
	) + '\n'
);
console.log('wrote tests/bench/results.json');
