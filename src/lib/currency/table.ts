/**
 * `RateTable`: the daily rates in a compact, serialisable, column-per-series shape.
 *
 * It is plain JSON (arrays of strings, numbers and nulls) so a page can receive a subset of it as
 * prerendered data and run the same `convert` in the browser. One entry in `dates` per row of the
 * source file; every series array is aligned with `dates`; `null` means "no fixing that day" (a
 * holiday of that source, or a date only the other source published). Tables are treated as immutable:
 * derived lookups are cached per table object.
 */

import type { EcbQuoted, FedQuoted } from './codes';

export type Series = (number | null)[];

/** The Fed H.10 series other than JPY per USD, which keeps its own `fed` field. */
export type H10Other = Exclude<FedQuoted, 'JPY'>;

export interface RateTable {
	/** Strictly ascending `YYYY-MM-DD`. */
	dates: string[];
	/** ECB reference rates, units of the currency per 1 EUR. A subset may omit currencies. */
	ecb: Partial<Record<EcbQuoted, Series>>;
	/** Fed H.10 JPY per 1 USD (FRED DEXJPUS); absent in a subset that does not need it. */
	fed?: Series;
	/**
	 * The other Fed H.10 series, as published: units per 1 USD, except EUR, GBP, AUD and NZD, which
	 * are USD per 1 unit (see `h10.ts`). Absent in tables with no H.10 data; a subset may omit some.
	 */
	h10?: Partial<Record<H10Other, Series>>;
}

/** Column names of `data/reference/fx_daily_jpy_usd_eur_2012_2025.csv`, by series. */
export const FX_COLUMNS = {
	date: 'date',
	derived: 'jpy_per_usd_ecb_derived',
	fed: 'jpy_per_usd_fed_h10_dexjpus',
	ecb: {
		USD: 'usd_per_eur_ecb',
		JPY: 'jpy_per_eur_ecb',
		GBP: 'gbp_per_eur_ecb',
		KRW: 'krw_per_eur_ecb',
		CNY: 'cny_per_eur_ecb'
	}
} as const satisfies {
	date: string;
	derived: string;
	fed: string;
	ecb: Record<EcbQuoted, string>;
};

/** The header the project writes, in this order (the order of the file as first compiled). */
export const FX_HEADER = [
	FX_COLUMNS.date,
	FX_COLUMNS.derived,
	FX_COLUMNS.fed,
	FX_COLUMNS.ecb.USD,
	FX_COLUMNS.ecb.JPY,
	FX_COLUMNS.ecb.GBP,
	FX_COLUMNS.ecb.KRW,
	FX_COLUMNS.ecb.CNY
] as const;

/** Rounds to 4 dp with ties to even, as Python's `round()` did when the file was first compiled. */
export function roundDerived(jpyPerEur: number, usdPerEur: number): number {
	const scaled = (jpyPerEur / usdPerEur) * 1e4;
	const floor = Math.floor(scaled);
	const frac = scaled - floor;
	const n = frac === 0.5 ? (floor % 2 === 0 ? floor : floor + 1) : Math.round(scaled);
	return n / 1e4;
}
