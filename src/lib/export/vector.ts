/**
 * An SVG 2D context for Chart.js and the export layout: svgcanvas's Context, with text written
 * without the global `document`. svgcanvas parses `ctx.font` by setting it on an HTML <span>, which
 * needs a browser; parsing the CSS font shorthand here instead lets the same class run in the CLI with
 * the mini DOM of svg-dom.ts. Text stays <text>, so the file is searchable and editable.
 */
import { Context, type SvgDocumentLike } from 'svgcanvas';

export interface ParsedFont {
	style: string;
	weight: string;
	size: string;
	family: string;
}

/** "normal bold 12px system-ui, sans-serif" → its parts; what Chart.js and the layout write. */
export function parseFont(font: string): ParsedFont {
	const m =
		/^\s*((?:(?:normal|italic|oblique|bold|bolder|lighter|[1-9]00|small-caps)\s+)*)([\d.]+px)(?:\/\S+)?\s+(.+)$/.exec(
			font
		);
	if (!m) return { style: 'normal', weight: 'normal', size: '10px', family: 'sans-serif' };
	const words = (m[1] ?? '').trim().split(/\s+/);
	const style = words.find((w) => w === 'italic' || w === 'oblique') ?? 'normal';
	const weight = words.find((w) => /^(bold|bolder|lighter|[1-9]00)$/.test(w)) ?? 'normal';
	return { style, weight, size: m[2] ?? '10px', family: (m[3] ?? 'sans-serif').trim() };
}

const ANCHORS: Record<string, string> = {
	left: 'start',
	start: 'start',
	center: 'middle',
	right: 'end',
	end: 'end'
};
const BASELINES: Record<string, string> = {
	alphabetic: 'alphabetic',
	top: 'text-before-edge',
	hanging: 'hanging',
	middle: 'central',
	bottom: 'text-after-edge',
	ideographic: 'ideographic'
};

export class VectorContext extends Context {
	/** Also a canvas for Chart.js: its BasicPlatform asks the "canvas" for a context. */
	getContext(): this {
		return this;
	}

	/**
	 * chartjs-plugin-annotation calls fill() after fillText() with no path, a no-op on a canvas;
	 * svgcanvas would log an error and restyle the text node, so keep the canvas behaviour.
	 */
	override fill(...args: unknown[]): void {
		if (this.__currentElement.nodeName !== 'path') return;
		(super.fill as (...a: unknown[]) => void).apply(this, args);
	}

	/**
	 * A full circle as two half arcs. svgcanvas writes one SVG arc from a point back to itself, which
	 * draws only because floating point leaves the two ends a hair apart; rounded to a tenth of a
	 * pixel (svg-passes.ts), they meet, and by the SVG rules an arc between equal points is not drawn:
	 * the timeline's dots vanished from the prerendered page.
	 */
	override arc(x: number, y: number, r: number, start: number, end: number, ccw = false): void {
		const arc = super.arc.bind(this) as (
			...a: [number, number, number, number, number, boolean]
		) => void;
		if (Math.abs(end - start) < 2 * Math.PI - 1e-9) return arc(x, y, r, start, end, ccw);
		const half = start + (ccw ? -Math.PI : Math.PI);
		arc(x, y, r, start, half, ccw);
		arc(x, y, r, half, end, ccw);
	}

	override stroke(...args: unknown[]): void {
		if (this.__currentElement.nodeName !== 'path') return;
		(super.stroke as (...a: unknown[]) => void).apply(this, args);
	}

	override __applyText(text: string, x: number, y: number, action: 'fill' | 'stroke'): void {
		const font = parseFont(this.font);
		const parent = this.__closestGroupOrSvg();
		const el = this.__createElement(
			'text',
			{
				'font-family': font.family,
				'font-size': font.size,
				'font-style': font.style,
				'font-weight': font.weight,
				x,
				y,
				'text-anchor': ANCHORS[this.textAlign] ?? 'start',
				'dominant-baseline': BASELINES[this.textBaseline] ?? 'alphabetic'
			},
			true
		);
		el.appendChild(this.__document.createTextNode(text));
		this.__currentElement = el;
		this.__applyTransformation(el);
		this.__applyStyleToCurrentElement(action);
		parent.appendChild(el);
	}
}

/** Where an export runs: a bitmap canvas factory (for measuring and PNGs) and a DOM for SVG nodes. */
export interface ExportEnv {
	createCanvas(width: number, height: number): HTMLCanvasElement;
	document: SvgDocumentLike;
}

export function vectorContext(env: ExportEnv, width: number, height: number): VectorContext {
	// Measuring through a real 2D context keeps SVG line breaks identical to the PNG's.
	const ctx = env.createCanvas(1, 1).getContext('2d') ?? undefined;
	return new VectorContext({ width, height, ctx, document: env.document });
}
