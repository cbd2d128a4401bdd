/**
 * Bench: build time and output size as the corpus grows. A snapshot of the working tree is copied
 * to a temp dir (as browser.ts's buildMain does) and its data/articles/ replaced by the default
 * article plus N-1 generated news-like articles (money, percentages, years; valid front matter;
 * distinct slugs; no notes or claims), for N = 1, 100 and 1,000, each built with `vite build`
 * three times (sizes interleaved, after one unrecorded warm-up build); the median time is reported.
 *
 * Rows: wall time and total bytes of build/ for each N against N=1, then the marginal cost per
 * article between 100 and 1,000 against that between 1 and 100: a ratio near 1 means the build
 * grows linearly with the corpus (the target), well above 1 means it grows faster.
 * Standalone: `npx tsx tests/bench/scaling.ts`. BENCH_SCALING_SIZES=1,100 measures other sizes.
 */
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, NOT_COPIED, round, viteBuild } from './browser';
import type { BenchRow, BenchSection } from './types';

const SIZES = (process.env.BENCH_SCALING_SIZES ?? '1,100,1000')
	.split(',')
	.map(Number)
	.filter((n) => Number.isInteger(n) && n >= 1)
	.sort((a, b) => a - b);
/** Builds per size; the median is reported. */
const ROUNDS = 3;
/** Per build: the 1,000-article corpus took about 8 min before embeds drew only their own chart. */
const BUILD_TIMEOUT = 900_000;

// ---------------------------------------------------------------------------------------------
// Generated articles. A seeded PRNG, so every run builds the same corpus.

function prng(seed: number): () => number {
	let s = seed >>> 0 || 1;
	return () => {
		s ^= s << 13;
		s ^= s >>> 17;
		s ^= s << 5;
		return (s >>> 0) / 2 ** 32;
	};
}

const COUNTRIES = [
	['Japan', 'TOKYO', 'Japanese', 'yen'],
	['Germany', 'BERLIN', 'German', 'euro'],
	['France', 'PARIS', 'French', 'euro'],
	['Italy', 'ROME', 'Italian', 'euro'],
	['Poland', 'WARSAW', 'Polish', 'dollar'],
	['Australia', 'SYDNEY', 'Australian', 'dollar'],
	['South Korea', 'SEOUL', 'South Korean', 'dollar'],
	['the Netherlands', 'THE HAGUE', 'Dutch', 'euro'],
	['Spain', 'MADRID', 'Spanish', 'euro'],
	['Canada', 'OTTAWA', 'Canadian', 'dollar']
] as const;
const SYSTEMS = [
	'air defence',
	'submarine',
	'fighter jet',
	'frigate',
	'artillery',
	'drone',
	'missile',
	'radar',
	'armoured vehicle',
	'satellite'
];
const SOURCES = ['AFP', 'Reuters', 'AP', 'Kyodo', 'DPA'];
const MONTHS = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
] as const;

function article(i: number): { slug: string; text: string } {
	const r = prng(0x9e3779b9 ^ (i * 2654435761));
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
	const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
	const dec = (lo: number, hi: number) => (lo + r() * (hi - lo)).toFixed(1);

	const [country, dateline, adjective, currency] = COUNTRIES[i % COUNTRIES.length]!;
	const system = pick(SYSTEMS);
	const source = pick(SOURCES);
	const year = int(2013, 2024);
	const month = int(1, 12);
	const day = int(1, 28);
	const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	const budget = dec(8, 90);
	const rise = dec(1, 16);
	const share = dec(1, 3);
	const target = year + int(2, 6);
	const local =
		currency === 'yen'
			? `${int(1, 9)} trillion yen ($${int(7, 60)} billion)`
			: currency === 'euro'
				? `€${int(2, 40)} billion ($${int(2, 44)} billion)`
				: `$${int(2, 30)} billion`;
	const orderUnits = int(4, 120);
	const exports = int(120, 950);
	const jobs = int(20, 300) * 1000;
	const slug = `bench-${String(i).padStart(4, '0')}-${country
		.toLowerCase()
		.replace(/[^a-z]+/g, '-')
		.replace(/^-|-$/g, '')}-${system.replace(/\s+/g, '-')}`;
	const title = `${country} approves record $${budget} billion defence budget, orders ${orderUnits} ${system} units`;

	const body = [
		`${dateline}, ${MONTHS[month - 1]} ${day}, ${year} (${source}) – ${country} approved a record defence budget of $${budget} billion for the next fiscal year on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][i % 5]}, up ${rise} percent from the year before, as the government moves to modernise its ${system} fleet.`,
		`The ${adjective} defence ministry said spending would reach ${share} percent of GDP by ${target}, in line with a pledge made to allies in ${year - 1}.`,
		`Officials said the ${system} programme would cost ${local} over ${int(3, 10)} years, with the first of ${orderUnits} units due to enter service in ${year + int(1, 4)}.`,
		`“This is the largest investment in our ${system} capability since ${int(1990, year - 2)},” the defence minister told reporters, adding that ${int(10, 60)}% of the equipment would be built at home.`,
		`Exports of defence equipment rose to $${exports} million in ${year - 1}, ministry figures showed, while the domestic industry employs about ${jobs.toLocaleString('en-US')} people.`,
		`Analysts said the increase of $${dec(0.5, 9)} billion was still smaller than the yearly revenues of the largest US defence contractors, which topped $${int(40, 70)} billion in ${year - 1}.`,
		`The budget must still be approved by parliament, where the governing coalition holds ${int(51, 70)} percent of the seats.`
	].join('\n\n');

	const text = `---
title: ${JSON.stringify(title)}
source: ${source}
published: ${published}
dateline: ${dateline}
language: en
---
${body}
`;
	return { slug, text };
}

// ---------------------------------------------------------------------------------------------

function defaultSlug(root: string): string {
	const src = readFileSync(join(root, 'src/lib/server/articles.ts'), 'utf8');
	const slug = /DEFAULT_SLUG\s*=\s*'([^']+)'/.exec(src)?.[1];
	if (!slug) throw new Error('DEFAULT_SLUG not found in src/lib/server/articles.ts');
	return slug;
}

/** data/articles = the default article + n-1 generated; notes and claims only for the default. */
function writeCorpus(site: string, root: string, slug: string, n: number): void {
	const articles = join(site, 'data/articles');
	rmSync(articles, { recursive: true, force: true });
	mkdirSync(articles, { recursive: true });
	cpSync(join(root, 'data/articles', `${slug}.md`), join(articles, `${slug}.md`));
	for (let i = 1; i < n; i++) {
		const a = article(i);
		writeFileSync(join(articles, `${a.slug}.md`), a.text);
	}
	for (const dir of ['data/notes', 'data/claims']) {
		const path = join(site, dir);
		if (!existsSync(path)) continue;
		for (const name of readdirSync(path))
			if (name.replace(/\.ya?ml$/, '') !== slug) rmSync(join(path, name), { force: true });
	}
}

function du(dir: string): { bytes: number; files: number; html: number } {
	let bytes = 0;
	let files = 0;
	let html = 0;
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const path = join(d, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.isFile()) {
				bytes += statSync(path).size;
				files++;
				if (entry.name.endsWith('.html')) html++;
			}
		}
	};
	walk(dir);
	return { bytes, files, html };
}

interface Measured {
	n: number;
	ms: number;
	bytes: number;
	files: number;
	html: number;
}

const fmtN = (n: number) => n.toLocaleString('en-US');

function growth(a: Measured, b: Measured, c: Measured, key: 'ms' | 'bytes') {
	const early = (b[key] - a[key]) / (b.n - a.n);
	const late = (c[key] - b[key]) / (c.n - b.n);
	const ratio = late / early;
	const verdict =
		ratio > 1.5
			? 'grows faster than linearly (MISSED)'
			: ratio < 0.5
				? 'grows slower than linearly: the cost per added article fell, as fixed costs ' +
					'(bundling) dominate the smaller build; no worse than linear (met)'
				: 'grows linearly (met)';
	return { early, late, ratio, verdict };
}

export const bench: BenchSection = async () => {
	const root = process.cwd();
	if (!existsSync(join(root, 'svelte.config.js'))) throw new Error('run from the project root');
	const slug = defaultSlug(root);
	const tmp = mkdtempSync(join(tmpdir(), 'bench-scaling-'));
	const site = join(tmp, 'site');
	try {
		cpSync(root, site, {
			recursive: true,
			filter: (src) => src === root || !NOT_COPIED.has(relative(root, src).split(sep)[0]!)
		});
		symlinkSync(join(root, 'node_modules'), join(site, 'node_modules'), 'dir');

		const build = (n: number): Measured | string => {
			writeCorpus(site, root, slug, n);
			rmSync(join(site, 'build'), { recursive: true, force: true });
			rmSync(join(site, '.svelte-kit'), { recursive: true, force: true });
			const r = viteBuild(site, root, BUILD_TIMEOUT);
			if (!r.ok || !existsSync(join(site, 'build/index.html')))
				return `build of ${fmtN(n)} articles failed after ${round(r.ms / 1000, 1)} s: ${r.output.slice(-600)}`;
			return { n, ms: r.ms, ...du(join(site, 'build')) };
		};

		build(1); // warm-up, unrecorded: the first build pays for cold file and module caches
		// Rounds interleave the sizes, so drift on a noisy machine hits every size alike.
		const samples = new Map<number, Measured[]>();
		const failures: string[] = [];
		let sizes = SIZES;
		for (let r = 0; r < ROUNDS && sizes.length; r++) {
			for (const n of sizes) {
				const m = build(n);
				if (typeof m === 'string') {
					failures.push(m);
					sizes = sizes.filter((x) => x < n); // a larger corpus would fail or time out too
					break;
				}
				samples.set(n, [...(samples.get(n) ?? []), m]);
			}
		}
		const runs = new Map<number, number[]>();
		const measured: Measured[] = sizes.map((n) => {
			const all = samples.get(n)!;
			runs.set(
				n,
				all.map((m) => m.ms)
			);
			return { ...all[0]!, ms: median(all.map((m) => m.ms)) };
		});
		const base = measured[0];
		if (!base) throw new Error(failures[0] ?? 'no scaling sizes given');

		const rows: BenchRow[] = [];
		for (const m of measured) {
			rows.push({
				name: `scaling: build time, ${fmtN(m.n)} article${m.n === 1 ? '' : 's'}`,
				value: round(m.ms / 1000, 2),
				unit: 's',
				baselineName: `${fmtN(base.n)} article${base.n === 1 ? '' : 's'}`,
				baseline: round(base.ms / 1000, 2),
				ratio: round(m.ms / base.ms, 2),
				note:
					`median of ${runs.get(m.n)!.length} (${runs
						.get(m.n)!
						.map((ms) => round(ms / 1000, 1))
						.join(
							'/'
						)} s), wall time of \`vite build\` with prerender; ${fmtN(m.html)} HTML pages` +
					(m.n > base.n
						? `; ${round((m.ms - base.ms) / (m.n - base.n), 1)} ms per added article`
						: '')
			});
		}
		for (const m of measured) {
			rows.push({
				name: `scaling: output size, ${fmtN(m.n)} article${m.n === 1 ? '' : 's'}`,
				value: round(m.bytes / 1024, 0),
				unit: 'KiB',
				baselineName: `${fmtN(base.n)} article${base.n === 1 ? '' : 's'}`,
				baseline: round(base.bytes / 1024, 0),
				ratio: round(m.bytes / base.bytes, 2),
				note:
					`total bytes of build/, ${fmtN(m.files)} files` +
					(m.n > base.n
						? `; ${round((m.bytes - base.bytes) / (m.n - base.n) / 1024, 1)} KiB per added article`
						: '')
			});
		}
		if (measured.length >= 3) {
			const [a, b, c] = measured.slice(-3) as [Measured, Measured, Measured];
			const t = growth(a, b, c, 'ms');
			const s = growth(a, b, c, 'bytes');
			const span = (x: Measured, y: Measured) => `${fmtN(x.n)}→${fmtN(y.n)}`;
			rows.push({
				name: `scaling: build ms per article, ${span(b, c)}`,
				value: round(t.late, 2),
				unit: 'ms/article',
				baselineName: `ms per article, ${span(a, b)}`,
				baseline: round(t.early, 2),
				ratio: round(t.ratio, 2),
				note:
					`target: build time grows linearly (ratio ≈ 1); (t${c.n}-t${b.n})/${c.n - b.n} vs ` +
					`(t${b.n}-t${a.n})/${b.n - a.n}: build time ${t.verdict}`
			});
			rows.push({
				name: `scaling: output KiB per article, ${span(b, c)}`,
				value: round(s.late / 1024, 2),
				unit: 'KiB/article',
				baselineName: `KiB per article, ${span(a, b)}`,
				baseline: round(s.early / 1024, 2),
				ratio: round(s.ratio, 2),
				note: `output size ${s.verdict}`
			});
		}
		if (failures.length)
			rows.push({
				name: 'scaling: larger corpus',
				value: NaN,
				unit: '',
				baselineName: 'n/a',
				baseline: NaN,
				ratio: NaN,
				note: failures.join('; ')
			});
		return rows;
	} finally {
		// Unlink the node_modules symlink first so the removal can never reach the real one.
		rmSync(join(site, 'node_modules'), { force: true });
		rmSync(tmp, { recursive: true, force: true });
	}
};

/** `npx tsx tests/bench/scaling.ts --sample 3` prints generated article 3 instead of benching. */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const sample = process.argv.indexOf('--sample');
	if (sample > 0) console.log(article(Number(process.argv[sample + 1] ?? 1)).text);
	else console.table(await bench());
}
