/**
 * The budget chart: Japan's initial defence budgets by fiscal year as bars in the selected currency.
 * Every year is converted at the one article-date rate, so bar heights compare yen, not exchange
 * rates. Years that are not plainly verified (derived from deltas, a news-only cabinet draft) are
 * drawn lighter with a dashed outline and say so in their row. The article's own figure is
 * annotated on its year and linked to its sentence. Pure: series points, figures and rates in, a
 * ChartSpec out; with no usable rate it falls back to yen and says why.
 */
import type { ChartConfiguration } from 'chart.js';
import { yenTrillion } from '$lib/reference/format';
import { budgetCitation, type BudgetPoint } from '$lib/reference/series/budget';
import { resolveConversions, type ResolvedConversion } from '$lib/currency/basis';
import type { MoneyAmount } from '$lib/currency/implied';
import type { CurrencyCode } from '$lib/currency/codes';
import { formatMoney } from '$lib/currency/format';
import type { RateTable } from '$lib/currency/table';
import type { Figure, Sentence } from '$lib/figures/model';
import { baseOptions, isNarrow, marker, quoteLines } from './common';
import { citeConversion, currencyName, subtitleFor } from './cite';
import type { ChartRow, ChartSpec } from './spec';
import type { ChartTheme } from './theme';

export interface BudgetChartInput {
	points: BudgetPoint[];
	figures: Figure[];
	sentences: Sentence[];
	currency: CurrencyCode;
	/** Rates for the article date (a subset), or null when none were loaded: the chart stays in yen. */
	rates: RateTable | null;
	/** The article's date, YYYY-MM-DD: the one rate date for every year. */
	published: string;
	theme: ChartTheme;
}

export type Converted = ResolvedConversion & { ok: true };
type Amount = MoneyAmount & { id: string };
const EMPTY: RateTable = { dates: [], ecb: {} };
const yen = (p: BudgetPoint) => p.jpyTrillion * 1e12;

/**
 * `amounts` in `to` at the article-date rate; when that is impossible (no rates, a date before the
 * series), `fallback`, which is in one currency and needs no rate, plus the reason for a note.
 */
export function convertOrFallback(
	amounts: Amount[],
	fallback: Amount[],
	to: CurrencyCode,
	{ published, rates }: { published: string; rates: RateTable | null }
): { conv: Converted[]; why: string | null } {
	const at = (c: string, figures: Amount[], table: RateTable) =>
		resolveConversions('article', c as CurrencyCode, { published, table, figures });
	const conv = rates ? at(to, amounts, rates) : [];
	const failed = conv.find((c) => !c.ok);
	if (rates && !failed) return { conv: conv as Converted[], why: null };
	const why = failed && !failed.ok ? failed.error.message : 'no exchange rates were loaded';
	return { conv: at(fallback[0]?.currency ?? to, fallback, EMPTY) as Converted[], why };
}

/** A MOD/MOF figure for an enacted budget; anything else (derived, draft, news) is shown as such. */
export const plainlyVerified = (p: BudgetPoint) =>
	p.verification === 'verified' && !/draft/i.test(p.status);

/** Japan's fiscal year runs April–March and is named by its first year. */
const fiscalYearOf = (date: string) => {
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
	input: BudgetChartInput
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
			stated: `${yenTrillion(yen(p))}, ${p.status}${linked ? `; article: ${linked.exact}` : ''}`,
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
	const max = Math.max(0, ...rows.map((r) => r.value));
	const tick = { color: theme.muted, font: { family: theme.font, size: 12 } };
	// Bars cannot be dashed in Chart.js, so a dashed box is laid over each uncertain bar, as wide as
	// the bar (categoryPercentage × barPercentage = 0.72 of a category).
	const dashed = (i: number, value: number) => ({
		type: 'box',
		...{ xMin: i - 0.36, xMax: i + 0.36, yMin: 0, yMax: value },
		...{ backgroundColor: 'transparent', borderColor: theme.reference, borderWidth: 1.5 },
		borderDash: [4, 3]
	});
	const annotations: Record<string, object> = Object.fromEntries(
		uncertain.map((p) => [
			`caveat:${p.fiscalYear}`,
			dashed(points.indexOf(p), rows[points.indexOf(p)]!.value)
		])
	);
	const at = rows.findIndex((r) => r.figureId);
	const row = rows[at];
	if (row && match) {
		annotations[`fig:${row.figureId}`] = {
			type: 'label',
			xValue: at,
			yValue: row.value,
			// Above its bar, running left over the lower earlier years, so later, taller bars never hide it.
			position: { x: 'end', y: 'end' },
			xAdjust: 14,
			yAdjust: -4,
			content: (ctx: { chart: { width: number } }) =>
				`${marker(row.marker)} ${isNarrow(ctx) ? '' : 'Article: '}${match.figure.exact}`,
			color: theme.text,
			font: { size: 12, family: theme.font }
		};
	}
	const base = baseOptions(theme);
	const config: ChartConfiguration = {
		type: 'bar',
		data: {
			labels: points.map((p) => p.fiscalYear),
			datasets: [
				{
					label: `Defence budget in ${currency}`,
					data: rows.map((r) => r.value),
					backgroundColor: points.map((p) =>
						plainlyVerified(p) ? theme.money : `${theme.reference}59`
					),
					borderRadius: 2,
					categoryPercentage: 0.8,
					barPercentage: 0.9
				}
			]
		},
		options: {
			...base,
			scales: {
				x: {
					grid: { display: false },
					ticks: {
						...tick,
						// "FY2024" on a wide chart, "’24" on a phone; the data table keeps the full label.
						callback(this: { chart: { width: number } }, _v: unknown, i: number) {
							const fy = points[i]?.fiscalYear ?? '';
							return isNarrow(this) ? `’${fy.slice(-2)}` : fy;
						}
					}
				},
				y: {
					beginAtZero: true,
					suggestedMax: max * 1.3,
					grid: { color: theme.grid },
					ticks: {
						...tick,
						maxTicksLimit: 6,
						callback: (v) => formatMoney(Number(v), currency, { style: 'compact', digits: 2 })
					}
				}
			},
			plugins: {
				...base.plugins,
				tooltip: {
					callbacks: {
						title: (items) => rows[items[0]?.dataIndex ?? 0]?.label ?? '',
						label: (item) => {
							const r = rows[item.dataIndex];
							return r ? [r.shown, r.stated, r.reference!.verification] : '';
						},
						afterBody: (items) => {
							const r = rows[items[0]?.dataIndex ?? 0];
							return r?.figureId ? quoteLines(r.sentenceText) : [];
						}
					}
				},
				annotation: { annotations }
			}
		}
	};
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
