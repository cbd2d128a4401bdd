/**
 * What a chart builder produces: the Chart.js configuration plus everything around it that a reader
 * needs without the canvas: a title, a subtitle naming the currency and rate, one row per figure for
 * the data table and the export footer, and a map from chart elements back to figures.
 *
 * Pure data (functions appear only as Chart.js formatting callbacks).
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartSize } from '$lib/theme/tokens';

export const CHART_IDS = [
	'money',
	'percent',
	'timeline',
	'quantity',
	'budget',
	'share',
	'industry'
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface ChartRow {
	/** The figure behind the row; null for a reference value set beside the article's figures. */
	figureId: string | null;
	/** Numbered source marker, as printed on the chart and in the footer. */
	marker: number;
	/** What the figure measures. */
	label: string;
	/** The value as the article states it, qualifier included ("around 3 trillion yen"). */
	stated: string;
	/** The value as charted, formatted ("$21 billion"). */
	shown: string;
	/** The charted number, in `unit`. */
	value: number;
	/** Currency or unit of `value` ("USD", "%", "year"). */
	unit: string;
	/** Money only: the rate used, its date and source, or null when no conversion was needed. */
	rate: { text: string; date: string; source: string; value: number } | null;
	/** Sentence index and text, for links and the export footer; -1 for reference rows. */
	sentence: number;
	sentenceText: string;
	/** Why a reader should check this figure, when the extractor had to guess; absent otherwise. */
	check?: string;
	/** An editor hid the figure: listed in the table, not drawn. */
	hidden?: true;
	/** An editor corrected the value; this is the article's own wording (`stated` holds it too). */
	corrected?: string;
	/**
	 * Reference rows: where the value comes from, how far it is verified and, in plain words, how
	 * exactly the source gives it ("rounded to $0.1 billion").
	 */
	reference?: { source: string; verification: string; precision?: string };
}

export interface ChartSpec {
	id: ChartId;
	title: string;
	/** Currency and rate basis, or what the numbers are ("Percent of GDP"). */
	subtitle: string;
	/** A short line for notices beside the chart (a fallback rate, a missing conversion). */
	notes: string[];
	/**
	 * An editor's corrections, one line each ("Corrected: the article says …"): under the chart on
	 * the page and in every export's footer. Absent until something is corrected.
	 */
	corrections?: string[];
	/** Sources behind the chart beyond the article, for the caption and the export source line. */
	sources: string[];
	rows: ChartRow[];
	/** [datasetIndex][dataIndex] → figure id, for clicks on bars and points. */
	elements: (string | null)[][];
	/** Figures drawn by another figure's element (the second of an equivalent pair) → that figure. */
	aliases: Record<string, string>;
	/** Annotation id → figure id, for clicks on annotations. */
	annotations: Record<string, string>;
	/** Chart.js type-erased config; the wrapper adds event hooks. */
	config: ChartConfiguration;
	/**
	 * Reserved height, so nothing shifts as charts load. A class rather than an inline style: the CSP
	 * refuses inline style attributes in the prerendered HTML.
	 */
	size: ChartSize;
}

/** The `check` of a row drawn from `figures`: the first reason any of them carries. */
export function checkOf(...figures: ({ check: string | null } | null)[]): { check?: string } {
	const check = figures.find((f) => f?.check)?.check;
	return check ? { check } : {};
}
