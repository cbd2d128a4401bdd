/**
 * Pieces every chart builder shares: base Chart.js options, label wrapping, source markers and
 * sentence quotes for tooltips. Pure.
 */
import type { ChartOptions } from 'chart.js';
import type { CurrencyCode } from '$lib/currency/codes';
import { formatMoney } from '$lib/currency/format';
import type { Figure } from '$lib/figures/model';
import type { ChartTheme } from './theme';

/** Charts draw in one pass: faster first paint, honours reduced motion, and exports never catch an animation mid-frame. */
export function baseOptions(theme: ChartTheme): ChartOptions {
	return {
		responsive: true,
		maintainAspectRatio: false,
		animation: false,
		color: theme.text,
		font: { family: theme.font, size: 12 },
		layout: { padding: { top: 8, right: 16, bottom: 4, left: 4 } },
		plugins: {
			tooltip: { enabled: true }
		}
	};
}

/** Splits a label into lines of at most `width` characters, at spaces, for category axes. */
export function wrapLabel(label: string, width = 28): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of label.split(/\s+/)) {
		if (line && line.length + word.length + 1 > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** Shortens a sentence for a tooltip or a footer, ending in an ellipsis when cut. */
export function shorten(text: string, max = 140): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A figure as a chart quotes it: as the article words it ("around 3 trillion yen"), or, once an
 * editor corrected it, the corrected value marked so ("$60 billion, corrected"): a chart never
 * prints the article's number beside a bar drawn at another.
 */
export function quoted(f: Figure): string {
	if (f.corrected === undefined) return `${f.qualifier ? `${f.qualifier} ` : ''}${f.exact}`;
	return `${valueText(f)}, corrected`;
}

/** A figure's value in its own unit, as a person writes it: "$60 billion", "2.5%", "2027". */
export function valueText(f: Figure): string {
	if (f.kind === 'money' && f.currency) {
		return formatMoney(f.value, f.currency as CurrencyCode, { digits: 3 });
	}
	if (f.kind === 'percent') return `${f.value}%`;
	return f.kind === 'year' ? String(f.value) : f.value.toLocaleString('en-US');
}

/** The numbered marker printed on a chart and in its footer: "[1]". */
export const marker = (n: number) => `[${n}]`;

/** Tooltip lines quoting a row's sentence, wrapped for the tooltip box. */
export function quoteLines(sentence: string): string[] {
	return wrapLabel(`“${shorten(sentence, 160)}”`, 48);
}

/** Below this chart width (a phone), labels shrink to their markers; the data table holds the rest. */
export const NARROW_WIDTH = 480;

export interface HasChart {
	chart: { width: number };
}

export const isNarrow = (ctx: HasChart) => ctx.chart.width < NARROW_WIDTH;

/** Category-axis ticks: "[n] label" wrapped, or just "[n]" on a narrow chart. */
export function categoryTicks(rows: { marker: number; label: string }[], color: string) {
	return {
		color,
		font: { size: 12 },
		callback(this: HasChart, _value: unknown, index: number) {
			const row = rows[index];
			if (!row) return '';
			return isNarrow(this) ? marker(row.marker) : wrapLabel(`${marker(row.marker)} ${row.label}`);
		}
	};
}

interface TooltipRow {
	label: string;
	figureId: string | null;
	sentenceText: string;
}

/**
 * Tooltip callbacks shared by the bar charts: the row's label as the title, `body` as the lines,
 * and, for a row from the article, its sentence quoted.
 */
export function rowTooltip<R extends TooltipRow>(rows: R[], body: (row: R) => string | string[]) {
	const at = (items: { dataIndex: number }[]) => rows[items[0]?.dataIndex ?? 0];
	return {
		callbacks: {
			title: (items: { dataIndex: number }[]) => at(items)?.label ?? '',
			label: (item: { dataIndex: number }) => {
				const row = rows[item.dataIndex];
				return row ? body(row) : '';
			},
			afterBody: (items: { dataIndex: number }[]) => {
				const row = at(items);
				return row?.figureId ? quoteLines(row.sentenceText) : [];
			}
		}
	};
}
