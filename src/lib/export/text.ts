/**
 * The words an exported chart carries besides the chart: footer quotes and the source line. Pure
 * strings; layout.ts measures and places them. Each marker's quote is cut around the figure it cites,
 * so a long sentence never loses the number the marker points at.
 */
import type { ChartSpec } from '$lib/charts/spec';
import { formatRateDate } from '$lib/currency/cite';

export interface ExportMeta {
	/** The article's headline. */
	title: string;
	/** The publisher, e.g. "AFP". */
	source: string;
	/** YYYY-MM-DD. */
	published: string;
}

/** Rate sources as a reader outside the page should see them: spelled out. */
const RATE_SOURCE_NAMES: Record<string, string> = {
	ECB: 'European Central Bank',
	'Fed H.10': 'Federal Reserve H.10',
	Article: 'as stated in the article',
	'As stated in the article': 'implied by the article (market rates: European Central Bank)'
};

export const QUOTE_MAX = 180;

/**
 * Up to `max` characters of `sentence`, centred on the span covering every quoted figure in
 * `exacts` when it must be cut (longer than `max` rather than lose one); "…" marks each cut.
 */
export function quoteAround(sentence: string, exacts: string[], max = QUOTE_MAX): string {
	const text = sentence.trim();
	if (text.length <= max) return text;
	const spans = exacts
		.map((e) => [text.indexOf(e), text.indexOf(e) + e.length] as const)
		.filter(([s]) => s >= 0);
	const from = Math.min(...spans.map(([s]) => s), text.length);
	const to = Math.max(...spans.map(([, e]) => e), 0);
	const span = spans.length ? [from, to] : [0, 0];
	const room = Math.max(max, span[1]! - span[0]! + 20);
	let start = Math.max(
		0,
		Math.min(span[0]! - Math.floor((room - (span[1]! - span[0]!)) / 2), text.length - room)
	);
	let end = Math.min(text.length, start + room);
	// Snap to spaces so the quote starts and ends on whole words, never inside a quoted figure.
	if (start > 0) start = Math.min(text.indexOf(' ', start) + 1 || start, span[0]!);
	if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), span[1]!);
	return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

export interface FooterEntry {
	/** "[1]" or "[3] [4]" when rows quote the same sentence. */
	markers: string;
	text: string;
}

/**
 * One entry per quoted sentence, in marker order. `exacts` maps a figure id to its quoted text, for
 * cutting long sentences around it; without it the row's "as stated" text is looked for instead.
 */
export function footerEntries(
	spec: ChartSpec,
	exacts: ReadonlyMap<string, string> = new Map()
): FooterEntry[] {
	type Entry = FooterEntry & { sentence: number; sentenceText: string; quoted: string[] };
	const entries: Entry[] = [];
	// A long reference series (15 budget years) is cited once by the source line; listing every
	// row would make the footer taller than the chart.
	const listReferences = spec.rows.filter((r) => r.reference && !r.figureId).length <= 4;
	for (const row of spec.rows) {
		if (row.hidden) continue; // not drawn, so not cited; the CSV lists it
		const m = `[${row.marker}]`;
		if (row.reference && !row.figureId) {
			if (!listReferences) continue;
			const { source, verification } = row.reference;
			const text = `${row.label}: ${row.shown}. ${source} — ${verification}.`;
			entries.push({ markers: m, text, sentence: -1, sentenceText: '', quoted: [] });
			continue;
		}
		const exact = (row.figureId && exacts.get(row.figureId)) || row.stated;
		const same = entries.find((e) => e.sentence === row.sentence && row.sentence >= 0);
		if (same) {
			same.markers += ` ${m}`;
			same.quoted.push(exact);
		} else {
			const { sentence, sentenceText } = row;
			entries.push({ markers: m, text: '', sentence, sentenceText, quoted: [exact] });
		}
	}
	return entries.map((e) => ({
		markers: e.markers,
		text: e.sentence >= 0 ? `“${quoteAround(e.sentenceText, e.quoted)}”` : e.text
	}));
}

/** Rate sources this chart converted with, spelled out, in first-use order. */
export function rateSources(spec: Pick<ChartSpec, 'rows'>): string[] {
	const names = spec.rows.flatMap((r) =>
		r.rate ? [RATE_SOURCE_NAMES[r.rate.source] ?? r.rate.source] : []
	);
	return [...new Set(names)];
}

export const SOURCE_SEPARATOR = ' · ';

/**
 * A source as an image can carry it: links dropped (a footer cannot be clicked; the CSV and README
 * keep them) and cut at a word near 90 characters.
 */
export function shortSource(source: string, max = 90): string {
	const plain = source
		.replace(/\s*\(https?:\/\/[^)\s]*\)|\s*https?:\/\/[^\s,;]*/g, '')
		.replace(/\s*[;,]\s*(?=[;,]|$)/g, '')
		.replace(/\s{2,}/g, ' ')
		.trim();
	if (plain.length <= max) return plain;
	const cut = plain.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:(]+$/, '')}…`;
}

/** "Source: AFP, 23 Dec 2023 · Rates: European Central Bank · Reference data: … · Chart: Defence Figures". */
export function sourceLine(spec: Pick<ChartSpec, 'rows' | 'sources'>, meta: ExportMeta): string {
	const parts = [`Source: ${meta.source}, ${formatRateDate(meta.published)}`];
	const rates = rateSources(spec);
	if (rates.length) parts.push(`Rates: ${rates.join('; ')}`);
	// One citation written for the chart (the budget's, with its caveats) is kept whole; a list of
	// per-row sources is shortened, links dropped, so the image's source line stays readable.
	const whole = spec.sources.length === 1 ? Infinity : undefined;
	const refs = spec.sources.length
		? spec.sources.map((r) => shortSource(r, whole).replace(/^Sources?:\s*/, ''))
		: [
				...new Set(spec.rows.flatMap((r) => (r.reference ? [shortSource(r.reference.source)] : [])))
			];
	if (refs.length) parts.push(`Reference data: ${refs.join('; ')}`);
	parts.push('Chart: Defence Figures');
	return parts.join(SOURCE_SEPARATOR);
}
