/**
 * The budget chart: Japan's initial defence budgets by fiscal year as bars in the selected currency.
 * Every year is converted at the one article-date rate, so bar heights compare yen, not exchange
 * rates. Years that are not plainly verified (derived from deltas, a news-only cabinet draft) are
 * drawn lighter with a dashed outline and say so in their row. The article's own figure is
 * annotated on its year and linked to its sentence. Pure: series points, figures and rates in, a
 * ChartSpec out; with no usable rate it falls back to yen and says why.
 */
import { yenTrillion } from '$lib/reference/format';
import { budgetCitation, type BudgetPoint } from '$lib/reference/series/budget';
import type { CurrencyCode } from '$lib/currency/codes';
import { formatMoney } from '$lib/currency/format';
import { articleBudgetFigure, plainlyVerified, type BudgetMatchInput } from './budget-match';
import { budgetConfig } from './budget-config';
import { convertOrFallback } from './convert-or-fallback';
import { citeConversion, currencyName, subtitleFor } from './cite';
import type { ChartRow, ChartSpec } from './spec';
import type { ChartTheme } from './theme';
import { quoted } from './common';

export interface BudgetChartInput extends BudgetMatchInput {
	currency: CurrencyCode;
	theme: ChartTheme;
}

const yen = (p: BudgetPoint) => p.jpyTrillion * 1e12;

/** "FY2026 (secondary source only)", "FY2012 (derived from primary yoy deltas)". */
function yearLabel(p: BudgetPoint): string {
	if (plainlyVerified(p)) return p.fiscalYear;
	const caveat =
		/draft/i.test(p.status) && p.verification === 'verified' ? p.status : p.verification;
	return `${p.fiscalYear} (${caveat.replace(/^verified \((.*)\)$/, '$1')})`;
}

export function buildBudgetChart(input: BudgetChartInput): ChartSpec {
	const { points, theme } = input;
	const notes: string[] = [];
	const amounts = points.map((p) => ({ id: p.fiscalYear, value: yen(p), currency: 'JPY' }));
	const { conv, why } = convertOrFallback(amounts, amounts, input.currency, input);
	if (why && input.currency !== 'JPY') notes.push(`The budget is shown in yen: ${why}.`);
	const currency = conv[0]?.to ?? 'JPY';
	const match = articleBudgetFigure(input);
	const rows: ChartRow[] = points.map((p, i) => {
		const linked = match?.year === p.year ? match.figure : null;
		const c = conv[i]!;
		return {
			figureId: linked?.id ?? null,
			marker: i + 1,
			label: yearLabel(p),
			stated: `${yenTrillion(yen(p))}, ${p.status}${linked ? `; article: ${quoted(linked)}` : ''}`,
			shown: formatMoney(c.value, currency),
			value: c.value,
			unit: currency,
			rate: citeConversion(c),
			sentence: linked?.sentence ?? -1,
			sentenceText: linked ? (input.sentences[linked.sentence]?.text ?? '') : '',
			reference: { source: p.source, verification: p.verification }
		};
	});
	const uncertain = points.filter((p) => !plainlyVerified(p));
	if (uncertain.length) {
		notes.push(
			`Lighter, dashed bars are not plainly verified: ${uncertain.map(yearLabel).join('; ')}.`
		);
	}
	const at = rows.findIndex((r) => r.figureId);
	const row = rows[at];
	const article = row && match ? { at, row, exact: quoted(match.figure) } : null;
	const config = budgetConfig({ points, rows, currency, theme, article });
	const first = points[0]?.fiscalYear ?? '';
	const last = points.at(-1)?.fiscalYear ?? '';
	return {
		id: 'budget',
		title: `Japan’s defence budget, ${first}–${last}`,
		subtitle:
			currency === 'JPY'
				? `In ${currencyName('JPY')}, initial budgets incl. SACO and US-realignment costs`
				: `${subtitleFor(currency, conv)}, the same rate for every year`,
		notes,
		sources: [budgetCitation(points)],
		rows,
		elements: [rows.map((r) => r.figureId)],
		aliases: {},
		annotations: row?.figureId ? { [`fig:${row.figureId}`]: row.figureId } : {},
		config,
		size: 'medium'
	};
}
