/**
 * Japan's share of GDP on its path to the 2% target, for the share chart: SIPRI's calendar-year
 * series, the government's fiscal-year ratios and the target, each point with its source and
 * verification. Pure.
 */
import { yearOf, type ReferenceSeries, type Sourced } from '../model';

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
