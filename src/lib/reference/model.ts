/**
 * The reference data the dashboard sets beside an article's figures and checks its claims against,
 * as plain serialisable objects. Pure types and period helpers: `src/lib/server/reference/` reads and
 * validates `data/reference/*.csv` into a `ReferenceSeries`, and everything downstream trusts it.
 *
 * Every value carries the one `source` and `verification` its file gives it, so a figure that
 * PROVENANCE.md marks unverified, secondary or news-only keeps that mark wherever it is shown, and a
 * value looked up one way is cited exactly as when it is charted another way.
 */

export interface Sourced {
	/** The publisher and title, as a reader cites it. */
	source: string;
	/** As the file states it: "verified", "verified (news)", "secondary source only"... */
	verification: string;
}

/** One initial defence budget (MOD "defence-related expenditure"), in yen. */
export interface BudgetYear extends Sourced {
	/** "FY2024": Japanese fiscal years run April to March and are named by their first year. */
	fiscalYear: string;
	year: number;
	/** Including SACO and US-realignment costs: the headline figure the media quote. */
	inclJpy: number;
	/** Covered by the buildup programme only (excludes SACO, realignment and the like). */
	exclJpy: number;
	/** "initial budget (enacted)" or "cabinet draft …" (FY2026 is a draft known from news only). */
	status: string;
}

export interface GdpPoint extends Sourced {
	periodType: 'FY' | 'CY';
	/** "FY2022" or "2024". */
	period: string;
	year: number;
	jpy: number;
	/** National-accounts benchmark year: levels under different benchmarks must never be mixed. */
	benchmark: string;
	vintage: string;
	releaseDate: string;
}

export interface ShareOfGdp extends Sourced {
	iso3: string;
	country: string;
	/** Calendar year: SIPRI reports calendar years, Japan's government fiscal years. */
	year: number;
	pct: number;
}

export interface ContractorRevenue extends Sourced {
	company: string;
	scope: string;
	year: number;
	usd: number;
	/** How exactly the figure was seen in its source ("USD million exact", "USD 0.1bn"). */
	precision: string;
	scopeNote: string;
}

export interface KeyFact extends Sourced {
	id: string;
	metric: string;
	/** The leading number of the value as written ("43 (43兆円程度)" → 43). */
	value: number;
	/** The value exactly as written in the file. */
	text: string;
	unit: string;
	period: string;
	/** The source's address, for the CSV and README exports; null when the file gives none. */
	url: string | null;
}

export interface ReferenceSeries {
	budget: BudgetYear[];
	gdp: GdpPoint[];
	shareOfGdp: ShareOfGdp[];
	contractors: ContractorRevenue[];
	facts: Record<string, KeyFact>;
}

/** A reference value set beside the article's figures, labelled by the editorial notes. */
export interface ReferencePoint extends Sourced {
	label: string;
	value: number;
	period: string;
}

/** No reference data at all: a pasted article in the browser, or a test of the "missing" paths. */
export const NO_REFERENCE: ReferenceSeries = {
	budget: [],
	gdp: [],
	shareOfGdp: [],
	contractors: [],
	facts: {}
};

/** "FY2024" / "2023" / "FY2027" → the year as a number, or null. */
export function yearOf(period: string): number | null {
	const m = /(\d{4})/.exec(period);
	return m?.[1] ? Number(m[1]) : null;
}
