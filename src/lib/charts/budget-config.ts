/**
 * The budget chart's Chart.js configuration: vertical bars by fiscal year, lighter with a dashed box
 * where a year is not plainly verified, and the article's figure labelled above its year. Pure.
 */
import type { ChartConfiguration } from 'chart.js';
import type { CurrencyCode } from '$lib/currency/codes';
import { formatMoney } from '$lib/currency/format';
import type { BudgetPoint } from '$lib/reference/series/budget';
import { plainlyVerified } from './budget-match';
import { baseOptions, isNarrow, marker, quoteLines } from './common';
import type { ChartRow } from './spec';
import type { ChartTheme } from './theme';

export interface BudgetConfigInput {
	points: BudgetPoint[];
	rows: ChartRow[];
	currency: CurrencyCode;
	theme: ChartTheme;
	/** The bar the article's figure is on, and the figure as the article words it. */
	article: { at: number; row: ChartRow; exact: string } | null;
}

export function budgetConfig(input: BudgetConfigInput): ChartConfiguration {
	const { points, rows, currency, theme, article } = input;
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
	const uncertain = points.filter((p) => !plainlyVerified(p));
	const annotations: Record<string, object> = Object.fromEntries(
		uncertain.map((p) => [
			`caveat:${p.fiscalYear}`,
			dashed(points.indexOf(p), rows[points.indexOf(p)]!.value)
		])
	);
	if (article) {
		const { at, row } = article;
		annotations[`fig:${row.figureId}`] = {
			type: 'label',
			xValue: at,
			yValue: row.value,
			// Above its bar, running left over the lower earlier years and ending at the bar's middle,
			// so it never reaches the later, taller bars.
			position: { x: 'end', y: 'end' },
			xAdjust: 0,
			yAdjust: -4,
			content: (ctx: { chart: { width: number } }) =>
				`${marker(row.marker)} ${isNarrow(ctx) ? '' : 'Article: '}${article.exact}`,
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
	return config;
}
