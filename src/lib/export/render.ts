/**
 * Composes a finished export image from a ChartSpec, in whatever environment `env` describes: the
 * browser (detached <canvas>, real DOM) or Node (@napi-rs/canvas, the mini DOM). The bitmap is drawn
 * at `scale` device pixels per CSS pixel, so a 2× PNG is exactly twice the layout's CSS size; the SVG
 * is drawn through svgcanvas at 1×, in CSS pixels, with the same layout.
 */
import { layoutExport, drawExport, type ExportLayout, type LayoutInput } from './layout';
import { renderChart } from './chart';
import { serializeNode } from './svg-dom';
import { vectorContext, type ExportEnv } from './vector';

export interface RenderInput extends LayoutInput {
	/** Device pixels per CSS pixel for bitmaps: 2 by default, 4 for print. */
	scale?: number;
}

function measureLayout(env: ExportEnv, input: LayoutInput): ExportLayout {
	const measure = env.createCanvas(1, 1).getContext('2d');
	if (!measure) throw new Error('No 2D canvas context to measure text with');
	return layoutExport(measure, { ...input, width: Math.round(input.width) });
}

/** The composed image on a canvas of (width × scale) × (height × scale) pixels, and its layout. */
export function renderBitmap(
	env: ExportEnv,
	input: RenderInput
): { canvas: HTMLCanvasElement; layout: ExportLayout } {
	const scale = input.scale ?? 2;
	const layout = measureLayout(env, input);
	const canvas = env.createCanvas(layout.width * scale, layout.height * scale);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('No 2D canvas context to draw on');
	ctx.scale(scale, scale);
	const surface = env.createCanvas(1, 1);
	const { chart } = layout;
	const release = renderChart(surface, input.spec, chart.width, chart.height, scale);
	try {
		drawExport(ctx, layout, (r) => ctx.drawImage(surface, r.x, r.y, r.width, r.height));
	} finally {
		release();
	}
	return { canvas, layout };
}

/** The composed image as a standalone SVG document: shapes for the chart, <text> for every word. */
export function renderSvg(env: ExportEnv, input: LayoutInput): string {
	const layout = measureLayout(env, input);
	const out = vectorContext(env, layout.width, layout.height);
	const { chart } = layout;
	const surface = vectorContext(env, chart.width, chart.height);
	const release = renderChart(surface, input.spec, chart.width, chart.height, 1);
	try {
		// svgcanvas copies another context's nodes (and its clip-path defs) on drawImage.
		drawExport(out, layout, (r) =>
			out.drawImage(surface as unknown as CanvasImageSource, r.x, r.y)
		);
	} finally {
		release();
	}
	const root = out.getSvg();
	root.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeNode(root)}\n`;
}
