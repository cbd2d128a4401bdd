/**
 * The CSS the tokens become: custom properties for each scheme and one height class per chart size.
 * Pure string building, run by a Vite plugin at build time (see vite.config.ts), so the stylesheet
 * is a static file the CSP allows and no inline style is needed.
 */
// With its extension: vite.config.ts loads this file natively, before any bundler resolves paths.
import {
	CHART_COLORS,
	CHART_HEIGHTS,
	COLORS,
	FALLBACK_FACES,
	FALLBACK_FAMILY,
	FONTS,
	PLOT_WIDTHS,
	type Scheme
} from './tokens.ts';

const vars = (scheme: Scheme) =>
	Object.entries(COLORS[scheme])
		.map(([name, value]) => `--${name}:${value};`)
		.join('');

/** The class that reserves a chart's height: `chart-h-medium`. */
export const heightClass = (size: keyof typeof CHART_HEIGHTS) => `chart-h-${size}`;

export function themeCss(): string {
	const fonts = `--font:${FONTS.pageSans};--serif:${FONTS.serif};`;
	const heights = Object.entries(CHART_HEIGHTS)
		.map(([size, px]) => `.chart-h-${size}{height:${px}px}`)
		.join('\n');
	return [
		...fallbackFaces(),
		`:root{color-scheme:light dark;${vars('light')}${fonts}}`,
		`@media (prefers-color-scheme: dark){:root{${vars('dark')}}}`,
		heights,
		plotCss()
	].join('\n');
}

const percent = (n: number) => `${(n * 100).toFixed(2)}%`;

/** The metric-matched stand-ins for Source Sans 3 (see FALLBACK_FACES for the measurements). */
function fallbackFaces(): string[] {
	return FALLBACK_FACES.map(
		(f) =>
			`@font-face{font-family:'${FALLBACK_FAMILY}';font-weight:${f.weight};` +
			`src:${f.local.map((name) => `local('${name}')`).join(',')};` +
			`size-adjust:${percent(f.size)};ascent-override:${percent(f.ascent)};` +
			`descent-override:${percent(f.descent)};line-gap-override:0%}`
	);
}

/**
 * Prerendered charts: token colours as classes (the dark scheme switches them), one drawing per
 * width band shown by a container query on the chart's box, laid out only near the viewport, and
 * hidden once Chart.js has drawn the live chart in the same box.
 */
function plotCss(): string {
	const colours = CHART_COLORS.map(
		(n) => `.df-f-${n}{fill:var(--${n})}.df-s-${n}{stroke:var(--${n})}`
	).join('');
	let lower = 0;
	const bands = PLOT_WIDTHS.map(({ name, below }) => {
		const others = PLOT_WIDTHS.filter((w) => w.name !== name)
			.map((w) => `.df-plot .df-plot-${w.name}`)
			.join(',');
		const range = [
			lower > 0 ? `(min-width:${lower}px)` : '',
			Number.isFinite(below) ? `(max-width:${below - 0.02}px)` : ''
		].filter(Boolean);
		lower = below;
		return `@container ${range.join(' and ')}{${others}{display:none}}`;
	});
	return [
		'.canvas-box{container-type:inline-size}',
		// Until Chart.js has drawn in it, a box away from the viewport is neither laid out nor painted
		// until it comes near: on a phone every chart is below the first screen, and laying out the
		// drawings' text made the longest tasks after the first paint (Lighthouse counted 13% less
		// main-thread work with it). The box's size is set, so nothing moves and a link to a row
		// below it lands where it did. A live chart is a canvas, cheap to lay out: then every box is
		// drawn, so a full-page capture shows every chart; and a printout always does.
		'.canvas-box:not(:has(canvas[data-drawn])){content-visibility:auto}',
		'@media print{.canvas-box{content-visibility:visible!important}}',
		'.df-plot{position:absolute;inset:0}',
		'.df-plot svg{display:block;width:100%;height:100%}',
		'.df-plot text{font-family:var(--font)}',
		'.canvas-box:has(canvas[data-drawn]) .df-plot{display:none}',
		colours,
		...bands
	].join('\n');
}
