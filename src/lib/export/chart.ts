/**
 * Draws a ChartSpec once, off screen, for export: the same config the page uses, copied so the live
 * chart's objects are never shared, with no animation (never a half-drawn frame), no responsiveness
 * (the size is ours), no event hooks or page-only plugins, and a fixed pixel ratio. Chart.js runs on
 * its BasicPlatform, which needs only `canvas.getContext('2d')`: a detached <canvas>, a
 * @napi-rs/canvas canvas or the SVG context all qualify, so browser, CLI and SVG share this code.
 */
import { BasicPlatform, type ChartConfiguration } from 'chart.js';
import { Chart } from '$lib/charts/register';
import type { ChartSpec } from '$lib/charts/spec';

/** Deep-copies plain objects and arrays; functions (tick and tooltip callbacks) are kept as they are. */
export function cloneConfig<T>(value: T): T {
	if (Array.isArray(value)) return value.map((v) => cloneConfig(v)) as T;
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneConfig(v)])) as T;
	}
	return value;
}

export function exportConfig(spec: ChartSpec, pixelRatio: number): ChartConfiguration {
	// A copy: the spec stays as the page draws it (the page adds its event hooks to a copy too).
	const config = cloneConfig(spec.config);
	const options = (config.options ??= {});
	options.animation = false;
	options.responsive = false;
	options.maintainAspectRatio = false;
	options.devicePixelRatio = pixelRatio;
	options.events = [];
	const plugins = (options.plugins ??= {});
	plugins.tooltip = { ...plugins.tooltip, enabled: false };
	return { ...config, platform: BasicPlatform } as ChartConfiguration;
}

/** Anything Chart.js can draw on through BasicPlatform. */
export interface ChartSurface {
	width: number;
	height: number;
	getContext(kind: '2d'): unknown;
}

/**
 * Sizes `surface` to width × height CSS pixels, draws the chart once and returns a function that
 * releases it. Call it only after copying the drawing: Chart.js clears its canvas on destroy.
 */
export function renderChart(
	surface: ChartSurface,
	spec: ChartSpec,
	width: number,
	height: number,
	pixelRatio: number
): () => void {
	const chart = drawChart(surface, spec, width, height, pixelRatio);
	return () => chart.destroy();
}

/** As `renderChart`, but hands back the live chart, to read where its elements were drawn. */
export function drawChart(
	surface: ChartSurface,
	spec: ChartSpec,
	width: number,
	height: number,
	pixelRatio: number
): Chart {
	surface.width = width;
	surface.height = height;
	return new Chart(surface as unknown as HTMLCanvasElement, exportConfig(spec, pixelRatio));
}
