/**
 * The composed export image, shared by the browser PNG, the SVG and the CLI: title, subtitle (currency
 * and rate basis), notes, the chart with its numbered markers, a footer quoting each marker's
 * sentence, an editor's corrections, and the source line, on an opaque background in the theme colour.
 *
 * Two steps, because the height depends on how the text wraps: `layoutExport` measures with a 2D
 * context and returns every position in CSS pixels; `drawExport` paints that layout on any
 * CanvasRenderingContext2D-like target (a canvas, svgcanvas, a recording fake) and calls back to
 * draw the chart into its rectangle. Pure apart from the contexts it is handed.
 */
import type { ChartSpec } from '$lib/charts/spec';
import { CHART_HEIGHTS } from '$lib/theme/tokens';
import type { ChartTheme } from '$lib/charts/theme';
import { footerEntries, SOURCE_SEPARATOR, sourceLine, type ExportMeta } from './text';
import { wrapSegments, wrapText, type Measurer } from './wrap';

export const PAD = 16;
const GAP = 10;

export interface LayoutInput {
	spec: ChartSpec;
	meta: ExportMeta;
	theme: ChartTheme;
	/** The composed image's CSS width: the chart card's width on the page. */
	width: number;
	/** Figure id → quoted text, to cut long footer quotes around the figure. */
	exacts?: ReadonlyMap<string, string>;
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface PlacedText {
	text: string;
	/** Left edge and alphabetic baseline. */
	x: number;
	y: number;
	font: string;
	color: string;
	role: 'title' | 'subtitle' | 'note' | 'marker' | 'quote' | 'source';
}

export interface ExportLayout {
	width: number;
	height: number;
	background: string;
	chart: Rect;
	rule: Rect & { color: string };
	texts: PlacedText[];
}

/** Positions every piece; the height is known only after wrapping. */
export function layoutExport(m: Measurer, input: LayoutInput): ExportLayout {
	const { spec, theme, width } = input;
	const family = theme.font;
	const inner = width - 2 * PAD;
	const texts: PlacedText[] = [];
	let y = PAD;
	const block = (
		text: string,
		size: number,
		lineHeight: number,
		weight: string,
		color: string,
		role: PlacedText['role'],
		x = PAD,
		room = inner
	) => {
		const font = `${weight} ${size}px ${family}`;
		const lines =
			role === 'source'
				? wrapSegments(m, text.split(SOURCE_SEPARATOR), SOURCE_SEPARATOR, font, room)
				: wrapText(m, text, font, room);
		for (const line of lines) {
			// Baseline about three quarters down the line box: visually centred for Latin text.
			texts.push({ text: line, x, y: y + Math.round(lineHeight * 0.76), font, color, role });
			y += lineHeight;
		}
	};
	block(spec.title, 18, 24, 'bold', theme.text, 'title');
	y += 2;
	block(spec.subtitle, 13, 18, 'normal', theme.muted, 'subtitle');
	for (const note of spec.notes) block(note, 12, 16, 'italic', theme.muted, 'note');
	y += GAP;
	const chart = { x: PAD, y, width: inner, height: CHART_HEIGHTS[spec.size] };
	y += chart.height + GAP;
	const rule = { x: PAD, y, width: inner, height: 1, color: theme.grid };
	y += 1 + GAP;
	const markerFont = `bold 12px ${family}`;
	for (const entry of footerEntries(spec, input.exacts)) {
		m.font = markerFont;
		const indent = Math.ceil(m.measureText(entry.markers).width) + 6;
		texts.push({
			text: entry.markers,
			x: PAD,
			y: y + 12,
			font: markerFont,
			color: theme.text,
			role: 'marker'
		});
		block(entry.text, 12, 16, 'normal', theme.text, 'quote', PAD + indent, inner - indent);
		y += 3;
	}
	// What an editor corrected is said where the figures are cited, in the text colour.
	for (const line of spec.corrections ?? []) block(line, 12, 16, 'italic', theme.text, 'note');
	y += GAP - 3;
	block(sourceLine(spec, input.meta), 11, 15, 'normal', theme.muted, 'source');
	return { width, height: Math.ceil(y + PAD), background: theme.background, chart, rule, texts };
}

/** The drawing calls `drawExport` makes; CanvasRenderingContext2D and svgcanvas both have them. */
export type DrawTarget = Measurer &
	Pick<
		CanvasRenderingContext2D,
		'fillStyle' | 'fillRect' | 'fillText' | 'textAlign' | 'textBaseline'
	>;

export function drawExport(
	ctx: DrawTarget,
	layout: ExportLayout,
	drawChart: (rect: Rect) => void
): void {
	// Opaque first: a transparent PNG turns black or chequered in other people's documents.
	ctx.fillStyle = layout.background;
	ctx.fillRect(0, 0, layout.width, layout.height);
	drawChart(layout.chart);
	const { rule } = layout;
	ctx.fillStyle = rule.color;
	ctx.fillRect(rule.x, rule.y, rule.width, rule.height);
	ctx.textAlign = 'left';
	ctx.textBaseline = 'alphabetic';
	for (const t of layout.texts) {
		ctx.font = t.font;
		ctx.fillStyle = t.color;
		ctx.fillText(t.text, t.x, t.y);
	}
}
