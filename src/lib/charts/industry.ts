/**
 * The industry chart: the article's estimate of Japan's defence industry (one bar for its "3
 * trillion yen ($20 billion)" pair) against the yearly revenues of the largest US contractors (grey
 * reference bars), in the selected currency at the article-date rate. Each row keeps its source's
 * precision and verification. Pure: `RevenueRow`s (from `industryVsContractors`), figures and rates
 * in, a ChartSpec out; with no usable rate it stays in US dollars and says why.
 */
import type { RevenueRow } from '$lib/reference/series/industry';
import { resolveConversions } from '$lib/currency/basis';
import type { CurrencyCode } from '$lib/currency/codes';
import { convert } from '$lib/currency/convert';
import { CurrencyError } from '$lib/currency/errors';
import { formatMoney } from '$lib/currency/format';
import { convertedDigits } from '$lib/currency/precision';
import { plainPrecision } from '$lib/reference/plain';
import type { RateTable } from '$lib/currency/table';
import type { Figure, Sentence } from '$lib/figures/model';
import { convertOrFallback } from './convert-or-fallback';
import { horizontalBars } from './bars';
import { marker, quoted } from './common';
import { citeConversion, subtitleFor } from './cite';
import type { ChartRow, ChartSpec } from './spec';
import type { ChartTheme } from './theme';

export interface IndustryChartInput {
	rows: RevenueRow[];
	figures: Figure[];
	sentences: Sentence[];
	currency: CurrencyCode;
	/** The rates `rows` were built with (a subset for the article date), or null. */
	rates: RateTable | null;
	published: string;
	theme: ChartTheme;
}

/** A figure within this ratio of the estimate (in dollars at the article-date rate) is the article's. */
export const INDUSTRY_MATCH_TOLERANCE = 0.15;

/**
 * The article's figure for the industry estimate. Rule: a money figure whose sentence says
 * "industry", within ±15% of the estimate in dollars at the article-date rate; the yen side of an
 * equivalent pair is preferred (the estimate is a yen figure) and its partner becomes an alias.
 */
export function articleIndustryFigure(input: IndustryChartInput) {
	const estimate = input.rows.find((r) => r.kind === 'industry');
	const said = (f: Figure) => /industr/i.test(input.sentences[f.sentence]?.text ?? '');
	const figures = input.figures.filter((f) => f.kind === 'money' && said(f));
	const table = input.rates ?? { dates: [], ecb: {} };
	const usd = resolveConversions('article', 'USD', { published: input.published, table, figures });
	const near = figures.filter((_, i) => {
		const c = usd[i];
		return estimate && c?.ok && Math.abs(c.value / estimate.usd - 1) <= INDUSTRY_MATCH_TOLERANCE;
	});
	const figure = near.find((f) => f.currency === 'JPY') ?? near[0];
	const partner = input.figures.find((f) => f.id === figure?.equivalentOf);
	return figure ? { figure, partner: partner ?? null } : null;
}

/** Yen per dollar at the article date, to undo the helper's conversion of the yen estimate. */
function yenPerDollar({ published, rates }: IndustryChartInput): number | null {
	try {
		return rates ? convert(1, 'USD', 'JPY', published, rates).rate : null;
	} catch (e) {
		if (e instanceof CurrencyError) return null;
		throw e;
	}
}

/** "$67.6 billion, 2023 revenue"; the industry estimate as the fact words it, in yen. */
function sourceStates(r: RevenueRow): string {
	if (r.kind === 'contractor')
		return `${formatMoney(r.usd, 'USD', { digits: 3 })}, ${r.period} revenue`;
	const about = /^\s*(about|around|approx)/i.test(r.precision) ? 'about ' : '';
	const lead = /\d+(?:\.\d+)?/.exec(r.precision)?.[0] ?? r.precision;
	return `${about}¥${lead} trillion, ${r.period} estimate`;
}

export function buildIndustryChart(input: IndustryChartInput): ChartSpec {
	const { theme } = input;
	const yen = yenPerDollar(input);
	const inUsd = input.rows.map((r, i) => ({ id: `row-${i}`, value: r.usd, currency: 'USD' }));
	// Each amount as its source gives it, so in yen the estimate is ¥3 trillion again, uncited.
	const given = input.rows.map((r, i) =>
		r.kind === 'industry' && yen ? { ...inUsd[i]!, value: r.usd * yen, currency: 'JPY' } : inUsd[i]!
	);
	const { conv, why } = convertOrFallback(given, inUsd, input.currency, input);
	const notes =
		why && input.currency !== 'USD' ? [`Revenues are shown in US dollars: ${why}.`] : [];
	const currency = conv[0]?.to ?? 'USD';
	const match = articleIndustryFigure(input);
	const article = match
		? `${quoted(match.figure)}${match.partner ? ` (${quoted(match.partner)})` : ''}`
		: '';
	const rows: ChartRow[] = input.rows.map((r, i) => {
		const f = r.kind === 'industry' ? match?.figure : undefined;
		const c = conv[i]!;
		const digits = f ? Math.max(2, convertedDigits(f.exact)) : 3;
		return {
			figureId: f?.id ?? null,
			marker: i + 1,
			label: r.label,
			// What the source states, beside the article's words where the row is the article's.
			stated: f ? `${article}; source: ${sourceStates(r)}` : sourceStates(r),
			shown: formatMoney(c.value, currency, { digits }),
			value: c.value,
			unit: currency,
			rate: citeConversion(c),
			sentence: f?.sentence ?? -1,
			sentenceText: f ? (input.sentences[f.sentence]?.text ?? '') : '',
			reference: {
				source: r.source,
				verification: r.verification,
				...(r.kind === 'contractor' && { precision: plainPrecision(r.precision) })
			}
		};
	});
	// The article's words beside its bar; a phone, and every reference bar, shows the charted value.
	const endLabel = (r: ChartRow, narrow: boolean) =>
		`${marker(r.marker)} ${r.figureId && !narrow ? `Article: ${article}` : r.shown}`;
	const config = horizontalBars({
		rows,
		theme,
		label: `Revenue in ${currency}`,
		color: (r) => (r.figureId ? theme.money : theme.reference),
		endLabel,
		tick: (v) => formatMoney(v, currency, { style: 'compact', digits: 2 }),
		tooltip: (r) => [
			`${r.shown} (${r.stated})`,
			r.reference?.verification ?? '',
			r.rate?.text ?? ''
		],
		maxTicks: 6
	});
	return {
		id: 'industry',
		title: 'Japan’s defence industry against US contractors’ revenues',
		subtitle: subtitleFor(currency, conv),
		notes,
		sources: [...new Set(input.rows.map((r) => r.source))],
		rows,
		elements: [rows.map((r) => r.figureId)],
		aliases: match?.partner ? { [match.partner.id]: match.figure.id } : {},
		annotations: Object.fromEntries(
			rows.flatMap((r) => (r.figureId ? [[`fig:${r.figureId}`, r.figureId]] : []))
		),
		config,
		size: rows.length > 4 ? 'tall' : 'medium'
	};
}
