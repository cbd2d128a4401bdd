/**
 * Resolves a share-of-GDP reference (`sipri:JPN:2023`, `fact:sec_ratio_fy2024`) in `ReferenceData`,
 * naming the measure it belongs to: SIPRI's calendar-year military expenditure and the government's
 * fiscal-year "defence + related expenditure" ratio differ by half a point, so every number must say
 * which it is. Returns the reason as a string when the value is missing. Pure.
 */
import type { ReferenceData } from '../reference';
import { yearOf } from '../../reference/model';

export interface Ratio {
	label: string;
	pct: number;
	year: number;
	/** "2023" or "FY2024", as the source names the period. */
	period: string;
	measure: string;
	source: string;
	verification: string;
}

export function resolveRatio(ref: string, data: ReferenceData): Ratio | string {
	const [kind, a, b] = ref.split(':');
	if (kind === 'sipri') {
		const row = data.shareOfGdp.find((r) => r.iso3 === a && String(r.year) === b);
		if (!row) return `no SIPRI share of GDP for ${a} in ${b}`;
		return {
			label: `${row.country}, ${row.year} (SIPRI)`,
			pct: row.pct,
			year: row.year,
			period: String(row.year),
			measure: 'SIPRI: military expenditure ÷ GDP, calendar year',
			source: row.source,
			verification: row.verification
		};
	}
	const fact = a ? data.facts[a] : undefined;
	const year = fact ? yearOf(fact.period) : null;
	if (!fact || year === null) return `no fact "${a ?? ref}" with a year in the reference data`;
	return {
		label: `${fact.period} (government measure)`,
		pct: fact.value,
		year,
		period: fact.period,
		measure: `government: ${fact.metric}`,
		source: fact.source,
		verification: fact.verification
	};
}
