/**
 * The budget series for the budget chart: Japan's initial defence budgets by fiscal year, each in yen
 * and at the one article-date rate in dollars, keeping its status, source and verification so a chart
 * can mark FY2026 (a cabinet draft known from news only). Pure: conversions use the `RateTable`
 * subset the caller passes.
 */
import { convert } from '../../currency/convert';
import type { RateTable } from '../../currency/table';
import type { ReferenceSeries, Sourced } from '../model';

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
