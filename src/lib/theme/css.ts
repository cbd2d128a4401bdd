/**
 * The CSS the tokens become: custom properties for each scheme and one height class per chart size.
 * Pure string building, run by a Vite plugin at build time (see vite.config.ts), so the stylesheet
 * is a static file the CSP allows and no inline style is needed.
 */
// With its extension: vite.config.ts loads this file natively, before any bundler resolves paths.
import { CHART_HEIGHTS, COLORS, FONTS, type Scheme } from './tokens.ts';

const vars = (scheme: Scheme) =>
	Object.entries(COLORS[scheme])
		.map(([name, value]) => `--${name}:${value};`)
		.join('');

/** The class that reserves a chart's height: `chart-h-medium`. */
export const heightClass = (size: keyof typeof CHART_HEIGHTS) => `chart-h-${size}`;

export function themeCss(): string {
	const fonts = `--font:${FONTS.sans};--serif:${FONTS.serif};`;
	const heights = Object.entries(CHART_HEIGHTS)
		.map(([size, px]) => `.chart-h-${size}{height:${px}px}`)
		.join('\n');
	return [
		`:root{color-scheme:light dark;${vars('light')}${fonts}}`,
		`@media (prefers-color-scheme: dark){:root{${vars('dark')}}}`,
		heights
	].join('\n');
}
