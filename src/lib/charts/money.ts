/**
 * The money chart: one horizontal bar per distinct amount (an equivalent pair is one bar), in the
 * selected currency, each with an annotation giving the value as the article states it and a
 * numbered source marker. Pure: figures and resolved conversions in, a ChartSpec out.
 */
import type { CurrencyCode } from '$lib/currency/codes';
import type { ResolvedConversion } from '$lib/currency/basis';
import { formatMoney } from '$lib/currency/format';
import { convertedDigits } from '$lib/currency/precision';
import type { Figure, Sentence } from '$lib/figures/model';
import { horizontalBars } from './bars';
import { marker, quoted } from './common';
import { citeConversion, subtitleFor } from './cite';
import { checkOf, type ChartRow, type ChartSpec } from './spec';
import type { ChartTheme } from './theme';

export type Scale = 'linear' | 'log';

export interface MoneyChartInput {
	figures: Figure[];
	conversions: ResolvedConversion[];
	currency: CurrencyCode;
	sentences: Sentence[];
	theme: ChartTheme;
	scale: Scale;
}

/** Bars whose magnitudes differ by more than this get a log/linear toggle. */
export const LOG_TOGGLE_RATIO = 20;

/** The figures that get a bar: the first-stated figure of each equivalent pair stands for both. */
export function moneyBars(figures: Figure[]): { bar: Figure; partner: Figure | null }[] {
	const money = figures.filter((f) => f.kind === 'money');
	const byId = new Map(money.map((f) => [f.id, f]));
	return money.flatMap((f) => {
		const partner = f.equivalentOf ? (byId.get(f.equivalentOf) ?? null) : null;
		if (partner && partner.start < f.start) return [];
		return [{ bar: f, partner }];
	});
}

function stated(f: Figure, partner: Figure | null): string {
	const own = quoted(f);
	return partner ? `${own} (${quoted(partner)})` : own;
}

export function buildMoneyChart(input: MoneyChartInput): ChartSpec {
	const { theme, currency } = input;
	const byFigure = new Map(input.conversions.map((c) => [c.figureId, c]));
	const notes: string[] = [];
	const rows: ChartRow[] = [];
	const aliases: Record<string, string> = {};
	for (const { bar, partner } of moneyBars(input.figures)) {
		if (partner) aliases[partner.id] = bar.id;
		const c = byFigure.get(bar.id);
		if (!c || !c.ok) {
			notes.push(
				`“${bar.exact}” is not charted: ${c && !c.ok ? c.error.message : 'no conversion'}.`
			);
			continue;
		}
		if (c.fallback === 'no-stated-rate') {
			notes.push(
				`The article implies no ${c.from}/${c.to} rate; “${bar.exact}” uses the rate of its date.`
			);
		}
		rows.push({
			figureId: bar.id,
			marker: rows.length + 1,
			label: bar.label,
			stated: stated(bar, partner),
			// Two digits at least: "$21 billion" for "3 trillion yen" shows that conversion changed the number.
			shown: formatMoney(c.value, currency, { digits: Math.max(2, convertedDigits(bar.exact)) }),
			value: c.value,
			unit: currency,
			rate: citeConversion(c),
			sentence: bar.sentence,
			sentenceText: input.sentences[bar.sentence]?.text ?? '',
			...checkOf(bar, partner)
		});
	}
	const scale: Scale = spreadNeedsLog(rows) ? input.scale : 'linear';
	const max = Math.max(0, ...rows.map((r) => r.value));
	const config = horizontalBars({
		rows,
		theme,
		label: `Value in ${currency}`,
		color: () => theme.money,
		endLabel: (r, narrow) => `${marker(r.marker)} ${narrow ? r.shown : r.stated}`,
		tick: (v) => formatMoney(v, currency, { style: 'compact', digits: 2 }),
		tooltip: (r) => [`${r.shown} (article: ${r.stated})`, r.rate?.text ?? ''],
		maxBarThickness: 36,
		maxTicks: 6,
		log: scale === 'log' ? { max } : undefined
	});
	return {
		id: 'money',
		title: 'Money in the article',
		subtitle: subtitleFor(currency, input.conversions),
		// An amount repeated in the article would repeat its note.
		notes: [...new Set(notes)],
		sources: [],
		rows,
		elements: [rows.map((r) => r.figureId)],
		aliases,
		annotations: Object.fromEntries(rows.map((r) => [`fig:${r.figureId}`, r.figureId!])),
		config,
		size: rows.length > 4 ? 'tall' : 'medium'
	};
}

/** Whether bars differ by more than LOG_TOGGLE_RATIO, so a log scale is worth offering. */
function spreadNeedsLog(rows: { value: number }[]): boolean {
	const values = rows.map((r) => r.value).filter((v) => v > 0);
	return values.length > 1 && Math.max(...values) / Math.min(...values) > LOG_TOGGLE_RATIO;
}

export const logToggleAvailable = (spec: ChartSpec): boolean => spreadNeedsLog(spec.rows);
