/**
 * The defence industry against US contractors' revenues, for the industry chart: the industry
 * estimate (a fact in yen, converted at the article date) and each contractor's revenue in a year,
 * largest first, each with its source's precision and verification. Pure.
 */
import { convert } from '../../currency/convert';
import type { ReferenceSeries, Sourced } from '../model';
import type { AtDate } from './budget';

export interface RevenueRow extends Sourced {
	label: string;
	kind: 'industry' | 'contractor';
	usd: number;
	/** The year or period the figure is for ("2023", "2022"). */
	period: string;
	/** How the source gives it: a precision code ("USD 0.1bn") or the fact's words ("about 3"). */
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
			period: String(c.year),
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
			period: f.period,
			precision: f.text,
			source: f.source,
			verification: f.verification
		});
	}
	return rows.sort((a, b) => b.usd - a.usd);
}
