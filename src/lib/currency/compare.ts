/**
 * Where the ECB-derived and the Fed H.10 rates disagree, per currency, on the days both publish.
 *
 * Input: a merged `RateTable` and a threshold in percent. Output: per currency that both sources
 * cover (EUR, GBP, JPY, KRW, CNY against USD), the pair as markets quote it, the days compared, the
 * median and largest gap, and every day whose gap exceeds the threshold, as (ECB ÷ Fed − 1) × 100.
 * The two fix about four hours apart (ECB 14:15 Frankfurt, Fed noon New York), so small gaps are
 * the market moving, not an error. The default threshold, 1%, is above the 99th percentile of
 * daily gaps for every currency here (0.37% for CNY to 1.07% for JPY, 2012–2024) and is the size at
 * which a figure shown to three significant digits can change: a day past it is a day a reader could
 * see the choice of source in a chart. Pure.
 */

import type { CurrencyCode } from './codes';
import { quotePair } from './pair';
import { pairFixings } from './series';
import type { RateTable } from './table';

export const DISAGREEMENT_THRESHOLD_PCT = 1;
const COMPARED: readonly CurrencyCode[] = ['EUR', 'GBP', 'JPY', 'KRW', 'CNY'];

export interface Disagreement {
	date: string;
	ecb: number;
	fed: number;
	/** (ecb ÷ fed − 1) × 100 */
	diffPct: number;
}

export interface SourceComparison {
	currency: CurrencyCode;
	/** "USD/JPY": rates are `quote` per 1 `base`. */
	base: CurrencyCode;
	quote: CurrencyCode;
	days: number;
	medianPct: number;
	max: Disagreement | null;
	over: Disagreement[];
}

export function compareSources(
	table: RateTable,
	thresholdPct = DISAGREEMENT_THRESHOLD_PCT
): SourceComparison[] {
	return COMPARED.map((currency) => {
		const { base, quote } = quotePair(currency, 'USD');
		const ecb = pairFixings(table, base, quote, 'ECB');
		const fed = pairFixings(table, base, quote, 'FED_H10');
		const all: Disagreement[] = [];
		table.dates.forEach((date, i) => {
			const e = ecb.rateAt(i);
			const f = fed.rateAt(i);
			if (e !== null && f !== null) all.push({ date, ecb: e, fed: f, diffPct: (e / f - 1) * 100 });
		});
		const sizes = all.map((d) => Math.abs(d.diffPct)).sort((a, b) => a - b);
		const max = all.reduce<Disagreement | null>(
			(m, d) => (m === null || Math.abs(d.diffPct) > Math.abs(m.diffPct) ? d : m),
			null
		);
		const mid = sizes.length >> 1;
		const medianPct = sizes.length
			? sizes.length % 2
				? sizes[mid]!
				: (sizes[mid - 1]! + sizes[mid]!) / 2
			: 0;
		const over = all.filter((d) => Math.abs(d.diffPct) > thresholdPct);
		return { currency, base, quote, days: all.length, medianPct, max, over };
	});
}

/** The committed listing: one line per day over the threshold, 6 significant digits, gap to 2 dp. */
export function disagreementsCsv(comparisons: readonly SourceComparison[]): string {
	const sig = (n: number) => String(Number(n.toPrecision(6)));
	const lines = comparisons.flatMap((c) =>
		c.over.map((d) =>
			[d.date, `${c.base}/${c.quote}`, sig(d.ecb), sig(d.fed), d.diffPct.toFixed(2)].join(',')
		)
	);
	lines.sort();
	return ['date,pair,ecb,fed_h10,difference_pct', ...lines].map((l) => l + '\r\n').join('');
}
