/**
 * The reference data that claims are checked against, as plain serialisable objects.
 *
 * `src/lib/server/reference-series.ts` reads and validates `data/reference/*.csv` into a
 * `ReferenceSeries`; pages receive it as JSON and the rules and chart-series helpers read it. Every
 * value carries the `source` and `verification` its file gives it, so a figure PROVENANCE.md marks
 * unverified, secondary or news-only keeps that mark wherever it is shown. Pure types and lookups.
 */
import type { RateTable } from '../currency/table';
import type { Figure } from '../figures/model';

export interface Sourced {
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
}

export interface ReferenceSeries {
	budget: BudgetYear[];
	gdp: GdpPoint[];
	shareOfGdp: ShareOfGdp[];
	contractors: ContractorRevenue[];
	facts: Record<string, KeyFact>;
}

/** The parts of a `Figure` the rules read; a whole `Figure` fits. */
export type ClaimFigure = Pick<
	Figure,
	'id' | 'kind' | 'value' | 'currency' | 'exact' | 'start' | 'end' | 'equivalentOf'
>;

/** Everything a rule may read. Missing pieces make a verdict "unverifiable", never an error. */
export interface ReferenceData extends ReferenceSeries {
	/** Rates for the article date (a `subsetTable`), or null when none were loaded. */
	rates: RateTable | null;
	article: {
		published: string;
		/** The figures of the sentence the claim is anchored in, in text order. */
		figures: ClaimFigure[];
	};
}

/** The levels of one release: a single vintage is always a single benchmark (checked on load). */
export function gdpVintage(points: readonly GdpPoint[], vintage: string): GdpPoint[] {
	return points.filter((p) => p.vintage === vintage);
}
