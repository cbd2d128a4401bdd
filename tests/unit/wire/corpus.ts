/**
 * The wire corpus (`tests/fixtures/wire/`, format in its README) and a scorer for any extractor run
 * over it. The unit suite scores ours; the bench scores ours beside Microsoft Recognizers-Text.
 *
 * Matching: an expected figure is located by its `exact` text (its `occurrence`-th match in the
 * body). A found figure whose span overlaps it is FOUND when kind, value, currency, upper end and
 * date all agree, and a WRONG VALUE when any of them differs. An expected figure nothing overlaps is
 * MISSED; a found figure that overlaps nothing expected is EXTRA. A label is right when, lower-cased
 * and stripped of punctuation and articles, it contains one of the accepted phrases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArticle } from '../../../src/lib/articles/parse';

export const WIRE = 'tests/fixtures/wire';

export interface Expected {
	kind: string;
	exact: string;
	value: number;
	currency?: string;
	endValue?: number;
	date?: string;
	check?: boolean;
	occurrence?: number;
	label: string[];
}

export interface ExpectedRate {
	exact: string;
	base: string;
	quote: string;
	rate: number;
}

export interface WireArticle {
	slug: string;
	text: string;
	published: string;
	language: string;
	figures: (Expected & { start: number; end: number })[];
	rates: ExpectedRate[];
}

/** What a scored extractor reports; `label` and `check` are optional (Recognizers has neither). */
export interface Found {
	kind: string;
	value: number;
	currency: string | null;
	endValue: number | null;
	date?: string | null;
	start: number;
	end: number;
	label?: string;
	check?: string | null;
}

/** True when `exact` at `at` is a whole token run: "2 percent" inside "7.2 percent" is not. */
function standsAlone(text: string, at: number, length: number): boolean {
	const before = text.slice(Math.max(0, at - 2), at);
	const after = text.charAt(at + length);
	return !/[\p{L}\p{N}]$|\p{N}[.,]$/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

function locate(text: string, exact: string, occurrence = 1): number {
	let at = -1;
	for (let n = 0; n < occurrence;) {
		at = text.indexOf(exact, at + 1);
		if (at < 0) throw new Error(`"${exact}" (occurrence ${occurrence}) is not in the text`);
		if (standsAlone(text, at, exact.length)) n++;
	}
	return at;
}

export function loadCorpus(): WireArticle[] {
	const files = readdirSync(WIRE).filter((f) => f.endsWith('.md') && f !== 'README.md');
	return files.sort().map((file) => {
		const source = parseArticle(readFileSync(`${WIRE}/${file}`, 'utf8'), file);
		const expected = JSON.parse(
			readFileSync(`${WIRE}/${file.replace(/\.md$/, '.expected.json')}`, 'utf8')
		) as { figures: Expected[]; rates: ExpectedRate[] };
		const figures = expected.figures.map((e) => {
			const start = locate(source.text, e.exact, e.occurrence);
			return { ...e, start, end: start + e.exact.length };
		});
		const { published, language } = source.meta;
		return { slug: source.slug, text: source.text, published, language, figures, rates: expected.rates };
	});
} // prettier-ignore

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

export function sameValue(e: Expected, f: Found): boolean {
	const end = e.endValue ?? null;
	return (
		e.kind === f.kind &&
		near(f.value, e.value) &&
		(e.currency ?? null) === (f.currency ?? null) &&
		(end === null ? f.endValue === null : f.endValue !== null && near(f.endValue, end)) &&
		(e.date === undefined || e.date === f.date)
	);
}

const normalise = (s: string) =>
	` ${s
		.toLowerCase()
		.replace(/gross domestic product/g, 'gdp')
		.replace(/[’']s\b/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.replace(/\b(the|a|an)\b/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()} `;

export const labelMatches = (label: string, accepted: string[]) =>
	accepted.some((a) => normalise(label).includes(normalise(a)));

export interface KindScore {
	expected: number;
	found: number;
	right: number;
	wrong: number;
	missed: number;
	extra: number;
}

export interface Score {
	kinds: Record<string, KindScore>;
	labels: { right: number; total: number };
	checks: { expected: number; flagged: number };
	notes: string[];
}

const blank = (): KindScore => ({ expected: 0, found: 0, right: 0, wrong: 0, missed: 0, extra: 0 });

export function score(corpus: WireArticle[], run: (a: WireArticle) => Found[]): Score {
	const s: Score = { kinds: {}, labels: { right: 0, total: 0 }, checks: { expected: 0, flagged: 0 }, notes: [] };
	const kind = (k: string) => (s.kinds[k] ??= blank());
	for (const a of corpus) {
		const found = run(a);
		const used = new Set<Found>();
		for (const f of found) kind(f.kind).found++;
		for (const e of a.figures) {
			kind(e.kind).expected++;
			const hit = found.find((f) => !used.has(f) && f.start < e.end && f.end > e.start);
			if (!hit) {
				kind(e.kind).missed++;
				s.notes.push(`${a.slug}: MISSED ${e.kind} "${e.exact}"`);
				continue;
			}
			used.add(hit);
			if (!sameValue(e, hit)) {
				kind(e.kind).wrong++;
				s.notes.push(`${a.slug}: WRONG "${e.exact}": ${hit.kind} ${hit.value} ${hit.currency ?? ''} ${hit.endValue ?? ''} ${hit.date ?? ''}`);
				continue;
			}
			kind(e.kind).right++;
			if (e.check) {
				s.checks.expected++;
				if (hit.check) s.checks.flagged++;
			}
			if (hit.label === undefined) continue;
			s.labels.total++;
			if (labelMatches(hit.label, e.label)) s.labels.right++;
			else s.notes.push(`${a.slug}: LABEL "${e.exact}": "${hit.label}" (want ${e.label.join(' | ')})`);
		}
		for (const f of found.filter((f) => !used.has(f))) {
			kind(f.kind).extra++;
			s.notes.push(`${a.slug}: EXTRA ${f.kind} "${a.text.slice(f.start, f.end)}" ${f.value}`);
		}
	}
	return s;
} // prettier-ignore

export function totals(s: Score): KindScore {
	const t = blank();
	for (const k of Object.values(s.kinds))
		for (const key of Object.keys(t) as (keyof KindScore)[]) t[key] += k[key];
	return t;
}

export const recall = (k: KindScore) => (k.expected ? k.right / k.expected : 1);
export const precision = (k: KindScore) => (k.found ? k.right / k.found : 1);
