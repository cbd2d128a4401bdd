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

/**
 * The label beside the end of horizontal bar `index`: `text(narrow)` decides what it says, so a
 * phone gets the short form. A background keeps it legible where it crosses grid or guide lines.
 */
export function barEndLabel(
	value: number,
	index: number,
	text: (narrow: boolean) => string,
	theme: ChartTheme
) {
	return {
		type: 'label' as const,
		xValue: value,
		yValue: index,
		position: { x: 'start' as const, y: 'center' as const },
		xAdjust: 6,
		content: (ctx: HasChart) => text(isNarrow(ctx)),
		color: theme.text,
		backgroundColor: theme.background,
		font: { size: 12, family: theme.font }
	};
}
