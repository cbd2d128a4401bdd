/**
 * Labels at the end of horizontal bars, and the axis hook that makes room for them, so a label such
 * as "[1] hundreds of thousands of rounds" is never clipped at any width. Pure.
 */
import { isNarrow, NARROW_WIDTH, type HasChart } from './common';
import type { ChartTheme } from './theme';

interface LinearScaleLike {
	type: string;
	max: number;
	width: number;
	ctx: CanvasRenderingContext2D;
	chart: { width: number };
}

/**
 * An `afterDataLimits` hook that widens a linear value axis until each bar's end label fits inside
 * the plot, so "[1] hundreds of thousands of rounds" is never clipped. It measures the real text
 * with the chart's own context, so it holds at any width and in the export renderers too.
 */
export function fitEndLabels(
	labels: (narrow: boolean) => string[],
	values: number[],
	font: string
) {
	return (scale: LinearScaleLike) => {
		if (scale.type !== 'linear' || !(scale.width > 0)) return;
		const texts = labels(scale.chart.width < NARROW_WIDTH);
		scale.ctx.save();
		scale.ctx.font = font;
		let max = scale.max;
		values.forEach((v, i) => {
			const room = scale.width - scale.ctx.measureText(texts[i] ?? '').width - 20;
			// Past 80% of the plot a label cannot fit anyway; leave it rather than squash the bars.
			if (v > 0 && room > scale.width * 0.2) max = Math.max(max, (v * scale.width) / room);
		});
		scale.ctx.restore();
		scale.max = max;
	};
}

interface LabelContext extends HasChart {
	chart: HasChart['chart'] & {
		ctx: { font: string; measureText(t: string): { width: number } };
		scales: Record<string, { getPixelForValue(v: number): number }>;
	};
}

/** Label padding on each side (the plugin's default), so a label's box is its text plus 12 px. */
export const LABEL_PADDING = 6;

/**
 * The label beside the end of horizontal bar `index`: `text(narrow)` decides what it says, so a
 * phone gets the short form. A label never covers a line drawn across the bars (`lines`: value-axis
 * positions, such as a guideline): one that would reach it starts just after it instead.
 */
export function barEndLabel(
	value: number,
	index: number,
	text: (narrow: boolean) => string,
	theme: ChartTheme,
	lines: readonly number[] = []
) {
	const font = { size: 12, family: theme.font };
	return {
		type: 'label' as const,
		xValue: value,
		yValue: index,
		position: { x: 'start' as const, y: 'center' as const },
		xAdjust: (ctx: LabelContext) => {
			if (lines.length === 0) return 6;
			const { chart } = ctx;
			chart.ctx.font = `${font.size}px ${font.family}`;
			const width = chart.ctx.measureText(text(isNarrow(ctx))).width + 2 * LABEL_PADDING;
			const x = chart.scales.x!.getPixelForValue(value) + 6;
			const crossed = lines
				.map((v) => chart.scales.x!.getPixelForValue(v))
				.filter((line) => line >= x - 2 && line <= x + width + 2);
			return crossed.length ? Math.max(...crossed) - x + 6 + 6 : 6;
		},
		content: (ctx: HasChart) => text(isNarrow(ctx)),
		color: theme.text,
		backgroundColor: theme.background,
		font
	};
}

/**
 * Offsets that put the label of a vertical line at `value` beside its top end, not on the line:
 * to its right, or to its left when the right has no room, and lifted into the padding above the
 * plot.
 */
export function besideLine(value: number, content: string, size: number, family: string) {
	return {
		xAdjust: (ctx: LabelContext & { chart: { chartArea: { right: number } } }) => {
			const { chart } = ctx;
			chart.ctx.font = `${size}px ${family}`;
			const half = chart.ctx.measureText(content).width / 2 + LABEL_PADDING + 3;
			const x = chart.scales.x!.getPixelForValue(value);
			return x + 2 * half <= chart.chartArea.right + 12 ? half : -half;
		},
		yAdjust: -(size + 2 * LABEL_PADDING) / 2 - 2
	};
}
