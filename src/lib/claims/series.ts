/**
 * Chart data for the claims charts, built from the plain `ReferenceSeries` (no Chart.js here): the
 * budget series by fiscal year, Japan's share of GDP on its path to the 2% target, and the defence
 * industry against US contractors' revenues. Every point keeps its source and verification, so a
 * chart can mark FY2026 (a cabinet draft known from news only) and the secondary industry estimate.
 * Pure: conversions use a `RateTable` subset the caller passes.
 */
import { convert } from '../currency/convert';
import type { RateTable } from '../currency/table';
import type { ReferenceSeries, Sourced } from './reference';
import { yearOf } from './rules/shared';

export interface AtDate {
	rates: RateTable;
	/** YYYY-MM-DD, usually the article's publication date. */
	on: string;
}

export interface BudgetPoint extends Sourced {
	fiscalYear: string;
	year: number;
	/** Including SACO and realignment: the headline figure. */
	jpyTrillion: number;
	/** At the one rate of `at.on` for every year (so bars compare yen, not exchange rates); or null. */
	usd: number | null;
	status: string;
}

export function budgetSeries(ref: ReferenceSeries, at?: AtDate): BudgetPoint[] {
	const rate = at ? convert(1, 'JPY', 'USD', at.on, at.rates).rate : null;
	return ref.budget.map((b) => ({
		fiscalYear: b.fiscalYear,
		year: b.year,
		jpyTrillion: b.inclJpy / 1e12,
		usd: rate === null ? null : b.inclJpy * rate,
		status: b.status,
		source: b.source,
		verification: b.verification
	}));
}

const PUBLISHERS = [
	['MOD,', 'Japan Ministry of Defense (MOD), Defense of Japan white papers'],
	['MOF ', 'Ministry of Finance (MOF), Finance magazine']
] as const;

/**
 * A chart footer for the budget series: the publishers its rows cite, then every year that is not
 * plainly "verified" with its own status, so an exported image never passes a draft off as enacted.
 */
export function budgetCitation(points: readonly BudgetPoint[]): string {
	const cited = PUBLISHERS.filter(([key]) => points.some((p) => p.source.includes(key)));
	const caveats = points
		.filter((p) => !p.verification.startsWith('verified'))
		.map((p) => `${p.fiscalYear}: ${p.status}, ${p.verification}`);
	const lead = `Sources: ${cited.map(([, name]) => name).join('; ') || 'see data/reference'}.`;
	return caveats.length ? `${lead} ${caveats.join('. ')}.` : lead;
}

export interface RatioPoint extends Sourced {
	year: number;
	/** "2023" (SIPRI, calendar year) or "FY2024" (government, fiscal year). */
	period: string;
	pct: number;
}

export interface ShareOfGdpPath {
	sipri: RatioPoint[];
	government: RatioPoint[];
	target: RatioPoint | null;
}

export const GOVERNMENT_RATIO_FACTS = ['sec_ratio_fy2023', 'sec_ratio_fy2024', 'sec_ratio_fy2025'];

export function shareOfGdpPath(
	ref: ReferenceSeries,
	{ iso3 = 'JPN', from = 2012, to = 2024, targetFact = 'nss_2pct' } = {}
): ShareOfGdpPath {
	const fact = (id: string): RatioPoint | [] => {
		const f = ref.facts[id];
		const year = f ? yearOf(f.period) : null;
		if (!f || year === null) return [];
		return { year, period: f.period, pct: f.value, source: f.source, verification: f.verification };
	};
	const target = fact(targetFact);
	return {
		sipri: ref.shareOfGdp
			.filter((r) => r.iso3 === iso3 && r.year >= from && r.year <= to)
			.sort((a, b) => a.year - b.year)
			.map((r) => ({
				year: r.year,
				period: String(r.year),
				pct: r.pct,
				source: r.source,
				verification: r.verification
			})),
		government: GOVERNMENT_RATIO_FACTS.flatMap(fact),
		target: Array.isArray(target) ? null : target
	};
}

export interface RevenueRow extends Sourced {
	label: string;
	kind: 'industry' | 'contractor';
	usd: number;
	/** How exact the figure is ("about 3 trillion yen", "USD 0.1bn"). */
	precision: string;
}

/**
 * The industry estimate (a fact in yen, converted at `at.on`) and each contractor's revenue in
 * `year`, largest first. `companies` picks and orders the contractors; default: all in that year.
 */
export function industryVsContractors(
	ref: ReferenceSeries,
	at: AtDate,
	{ year = 2023, industryFact = 'industry_3tn', companies = undefined as string[] | undefined } = {}
): RevenueRow[] {
	const rows: RevenueRow[] = ref.contractors
		.filter((c) => c.year === year && (!companies || companies.includes(c.company)))
		.map((c) => ({
			label: c.company,
			kind: 'contractor',
			usd: c.usd,
			precision: c.precision,
			source: c.source,
			verification: c.verification
		}));
	const f = ref.facts[industryFact];
	if (f && /^JPY trillion/.test(f.unit)) {
		// The fact is in trillions of yen ("about 3"), so its unit scales the leading number.
		const usd = convert(f.value * 1e12, 'JPY', 'USD', at.on, at.rates).value;
		const label = `Japan's defence industry (${f.period} estimate)`;
		rows.push({
			label,
			kind: 'industry',
			usd,
			precision: f.text,
			source: f.source,
			verification: f.verification
		});
	}
	return rows.sort((a, b) => b.usd - a.usd);
}
