/**
 * Which of the article's figures is the budget a chart bar shows. Pure: the budget series, the
 * article's figures and the article-date rates in, one figure and its fiscal year (or null) out.
 */
import { resolveConversions } from '$lib/currency/basis';
import type { RateTable } from '$lib/currency/table';
import type { Figure, Sentence } from '$lib/figures/model';
import type { BudgetPoint } from '$lib/reference/series/budget';

export interface BudgetMatchInput {
	points: BudgetPoint[];
	figures: Figure[];
	sentences: Sentence[];
	/** Rates for the article date (a subset), or null when none were loaded. */
	rates: RateTable | null;
	/** The article's date, YYYY-MM-DD. */
	published: string;
}

const EMPTY: RateTable = { dates: [], ecb: {} };
const yen = (p: BudgetPoint) => p.jpyTrillion * 1e12;

/** A MOD/MOF figure for an enacted budget; anything else (derived, draft, news) is shown as such. */
export const plainlyVerified = (p: BudgetPoint) =>
	p.verification === 'verified' && !/draft/i.test(p.status);

/** Japan's fiscal year runs April–March and is named by its first year. */
export const fiscalYearOf = (date: string) => {
	const [y = 0, m = 1] = date.split('-').map(Number);
	return m >= 4 ? y : y - 1;
};

/** A figure within this ratio of a budget (both in yen at the article-date rate) can be that year's. */
export const BUDGET_MATCH_TOLERANCE = 0.15;

/**
 * The article's figure for one budget year. Rule: a money figure whose sentence (or label) says
 * "budget", converted to yen at the article-date rate, within ±15% of the budget of the fiscal year
 * the article is in or the next one (an article reports this year's budget or the draft for the
 * next); the closest pair wins. "$56 billion" (23 Dec 2023) → ¥7.96tn → FY2024 (¥7.9496tn, +0.1%).
 */
export function articleBudgetFigure(
	input: BudgetMatchInput
): { figure: Figure; year: number } | null {
	const fy = fiscalYearOf(input.published);
	const years = input.points.filter((p) => p.year === fy || p.year === fy + 1);
	const said = (f: Figure) =>
		/budget/i.test(`${input.sentences[f.sentence]?.text ?? ''} ${f.label}`);
	const money = input.figures.filter((f) => f.kind === 'money' && said(f));
	const table = { published: input.published, table: input.rates ?? EMPTY, figures: money };
	const inYen = resolveConversions('article', 'JPY', table);
	let best: { figure: Figure; year: number; off: number } | null = null;
	for (const [i, figure] of money.entries()) {
		const c = inYen[i];
		if (!c?.ok) continue;
		for (const p of years) {
			const off = Math.abs(c.value / yen(p) - 1);
			if (off <= BUDGET_MATCH_TOLERANCE && (!best || off < best.off)) {
				best = { figure, year: p.year, off };
			}
		}
	}
	return best;
}
