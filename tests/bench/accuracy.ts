/**
 * Bench: our extractor beside Microsoft Recognizers-Text (`@microsoft/recognizers-text-suite`, a
 * devDependency imported only here, so it never reaches the site's bundle) on the wire corpus
 * (`tests/fixtures/wire/`). Throughput is measured in the same run for both (medians of repeated
 * passes over the whole corpus); accuracy uses the unit suite's scorer, with Recognizers' currency,
 * percentage and number results as its figures. Numbers are compared with our counts and years,
 * since Recognizers has no notion of what a number counts. Recognizers has no labels, ranges or
 * stated rates: those count against it only where the corpus expects them (a range read as its
 * first number is a wrong value for both).
 */
import * as RT from '@microsoft/recognizers-text-suite';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../../src/lib/figures';
import {
	loadCorpus,
	precision,
	recall,
	score,
	type Found,
	type WireArticle
} from '../unit/wire/corpus';
import { medianMs } from './extract';
import type { BenchRow, BenchSection } from './types';

const KINDS = ['money', 'percent', 'number'] as const;
/** Recognizers names some currencies without an ISO code. */
const UNITS: Record<string, string> = { Dollar: 'USD', 'United States dollar': 'USD', Pound: 'GBP', Euro: 'EUR', Rupee: 'INR', Yen: 'JPY', Won: 'KRW', Yuan: 'CNY' }; // prettier-ignore

/** What every Recognizers result carries. */
type Hit = ReturnType<typeof RT.recognizeNumber>[number];

const asNumber = (kind: string) => (kind === 'quantity' || kind === 'year' ? 'number' : kind);

/** The corpus with counts and years as plain numbers, and dates left out (neither side is scored on them here). */
function comparable(corpus: WireArticle[]): WireArticle[] {
	return corpus.map((a) => ({
		...a,
		figures: a.figures
			.filter((f) => f.kind !== 'date')
			.map((f) => ({ ...f, kind: asNumber(f.kind) }))
	}));
}

function ours(a: WireArticle): Found[] {
	const { figures } = extractArticle(a.text, { published: a.published, language: a.language });
	return figures.filter((f) => f.kind !== 'date').map((f) => ({ ...f, kind: asNumber(f.kind) }));
}

function recognizers(a: WireArticle): Found[] {
	const en = RT.Culture.English;
	const out: Found[] = [];
	// Recognizers' `end` is the index of the last character, not one past it.
	const at = (r: Hit) => ({ start: r.start, end: r.end + 1, endValue: null });
	for (const r of RT.recognizeCurrency(a.text, en)) {
		const res = r.resolution as { value?: string; unit?: string; isoCurrency?: string };
		const currency = res.isoCurrency || UNITS[res.unit ?? ''] || null;
		out.push({ kind: 'money', value: Number(res.value), currency, ...at(r) });
	}
	for (const r of RT.recognizePercentage(a.text, en)) {
		const value = Number.parseFloat(String((r.resolution as { value?: string }).value));
		out.push({ kind: 'percent', value, currency: null, ...at(r) });
	}
	const taken = [...out];
	for (const r of RT.recognizeNumber(a.text, en)) {
		const span = at(r);
		if (taken.some((t) => t.start < span.end && t.end > span.start)) continue;
		const value = Number((r.resolution as { value?: string }).value);
		out.push({ kind: 'number', value, currency: null, ...span });
	}
	return out.sort((x, y) => x.start - y.start);
}

const pct = (x: number) => Math.round(x * 1000) / 10;

export const bench: BenchSection = async () => {
	const corpus = loadCorpus();
	const scored = comparable(corpus);
	const chars = corpus.reduce((n, a) => n + a.text.length, 0);
	const mbps = (ms: number) => chars / 1e6 / (ms / 1e3);
	const oursMs = medianMs(() => corpus.forEach(ours));
	const rtMs = medianMs(() => corpus.forEach(recognizers));
	const a = score(scored, ours);
	const b = score(scored, recognizers);
	const rows: BenchRow[] = [
		{
			name: `accuracy corpus (${corpus.length} stories, ${chars} chars): throughput`,
			value: mbps(oursMs),
			unit: 'MB/s (ours)',
			baselineName: 'Recognizers-Text, currency + percentage + number',
			baseline: mbps(rtMs),
			ratio: rtMs / oursMs,
			note: 'ratio = Recognizers time ÷ our time (how many times faster we are)'
		}
	];
	for (const kind of KINDS) {
		const [x, y] = [a.kinds[kind], b.kinds[kind]];
		if (!x || !y) continue;
		for (const [measure, f] of [
			['recall', recall],
			['precision', precision]
		] as const) {
			rows.push({
				name: `accuracy, ${kind}: ${measure} (wrong values ours ${x.wrong}, theirs ${y.wrong})`,
				value: pct(f(x)),
				unit: '% (ours)',
				baselineName: 'Recognizers-Text',
				baseline: pct(f(y)),
				ratio: f(y) === 0 ? Infinity : f(x) / f(y),
				note: 'ratio = ours ÷ Recognizers'
			});
		}
	}
	return rows;
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	for (const r of await bench())
		console.log(
			`${r.name}: ${r.value} ${r.unit} vs ${r.baselineName} ${r.baseline} (×${r.ratio.toFixed(2)})`
		);
}
