/**
 * A chart's plot alone (no title, no footer), drawn by Chart.js into an SVG at a given size, and
 * where each figure's element landed, so a page can carry the chart in its HTML and link each bar,
 * point and annotation to its sentence before any script runs. Runs wherever `env` does: the build
 * uses Node's canvas and the mini DOM.
 */
import annotationPlugin from 'chartjs-plugin-annotation';
import type { Chart } from 'chart.js';
import type { ChartSpec } from '$lib/charts/spec';
import { drawChart } from './chart';
import { vectorContext, type ExportEnv } from './vector';
import type { SvgNode } from 'svgcanvas';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface PlotHit {
	figureId: string;
	box: Box;
}

export interface Plot {
	/** The <svg> root, width × height CSS pixels. */
	svg: SvgNode;
	hits: PlotHit[];
}

type Props = Record<string, number | boolean | undefined>;
const props = (el: unknown, keys: string[]) =>
	(el as { getProps(k: string[], final: boolean): Props }).getProps(keys, true);
const box = (x1: number, y1: number, x2: number, y2: number): Box => ({
	x: Math.min(x1, x2),
	y: Math.min(y1, y2),
	width: Math.abs(x2 - x1),
	height: Math.abs(y2 - y1)
});

/** Bars span base to value across their thickness; points get a target a finger can find. */
function elementBox(chart: Chart, dataset: number, index: number): Box | null {
	const meta = chart.getDatasetMeta(dataset);
	const el = meta.data[index];
	if (!el) return null;
	if (meta.type === 'bar') {
		const p = props(el, ['x', 'y', 'base', 'width', 'height', 'horizontal']);
		const [x, y, base] = [Number(p.x), Number(p.y), Number(p.base)];
		return p.horizontal
			? box(base, y - Number(p.height) / 2, x, y + Number(p.height) / 2)
			: box(x - Number(p.width) / 2, base, x + Number(p.width) / 2, y);
	}
	const { x, y } = props(el, ['x', 'y']);
	const r = 10;
	return box(Number(x) - r, Number(y) - r, Number(x) + r, Number(y) + r);
}

function hitsOf(chart: Chart, spec: ChartSpec): PlotHit[] {
	const hits: PlotHit[] = [];
	spec.elements.forEach((ids, dataset) =>
		ids.forEach((figureId, index) => {
			const b = figureId ? elementBox(chart, dataset, index) : null;
			if (figureId && b) hits.push({ figureId, box: b });
		})
	);
	for (const el of annotationPlugin.getAnnotations(chart)) {
		const id = (el as { options?: { id?: string } }).options?.id;
		const figureId = id ? spec.annotations[id] : undefined;
		if (!figureId) continue;
		const { x, y, x2, y2 } = props(el, ['x', 'y', 'x2', 'y2']);
		hits.push({ figureId, box: box(Number(x), Number(y), Number(x2), Number(y2)) });
	}
	return hits;
}

export function renderPlot(env: ExportEnv, spec: ChartSpec, width: number, height: number): Plot {
	const surface = vectorContext(env, width, height);
	const chart = drawChart(surface, spec, width, height, 1);
	try {
		// A copy: Chart.js clears its surface on destroy, and svgcanvas clears by removing nodes.
		const svg = (surface.getSvg() as unknown as { cloneNode(deep: boolean): SvgNode }).cloneNode(
			true
		);
		return { svg, hits: hitsOf(chart, spec) };
	} finally {
		chart.destroy();
	}
}
