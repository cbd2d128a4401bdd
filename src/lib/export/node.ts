/**
 * The export environment in Node, for the CLI, the bench and tests: @napi-rs/canvas for bitmaps and
 * text measurement, the mini DOM for SVG. Node only; the browser bundle never imports this file.
 */
import {
	createCanvas,
	DOMMatrix as NapiDOMMatrix,
	DOMPoint as NapiDOMPoint,
	type Canvas
} from '@napi-rs/canvas';
import { FONTS } from '$lib/theme/tokens';
import { registerFonts } from './fonts';
import { miniDocument } from './svg-dom';
import { renderBitmap, renderSvg, type RenderInput } from './render';
import type { ExportEnv } from './vector';

// svgcanvas builds its transforms with the global DOMMatrix and DOMPoint, which Node lacks.
globalThis.DOMMatrix ??= NapiDOMMatrix as unknown as typeof DOMMatrix;
globalThis.DOMPoint ??= NapiDOMPoint as unknown as typeof DOMPoint;

registerFonts();

/** The page's own stack: Source Sans 3 is registered from the same files the page serves. */
export const NODE_FONT = FONTS.sans;

export function nodeEnv(): ExportEnv {
	return {
		createCanvas: (w, h) => createCanvas(w, h) as unknown as HTMLCanvasElement,
		document: miniDocument()
	};
}

export function pngBuffer(input: RenderInput): { png: Buffer; width: number; height: number } {
	const { canvas, layout } = renderBitmap(nodeEnv(), input);
	const png = (canvas as unknown as Canvas).toBuffer('image/png');
	return { png, width: layout.width, height: layout.height };
}

export function svgString(input: RenderInput): string {
	return renderSvg(nodeEnv(), input);
}
