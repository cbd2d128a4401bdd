// The design tokens are the one definition of colour, type and chart height: the generated
// stylesheet and the chart themes both read them.
import { describe, expect, test } from 'vitest';
import { THEMES } from '$lib/charts/theme';
import { heightClass, themeCss } from '$lib/theme/css';
import { CHART_HEIGHTS, COLORS, FONTS, SCHEMES } from '$lib/theme/tokens';

const css = themeCss();
const block = (scheme: 'light' | 'dark') =>
	scheme === 'light' ? css.split('@media')[0]! : css.slice(css.indexOf('@media'));

describe('the generated stylesheet', () => {
	test.each(SCHEMES)('declares every %s colour as a custom property', (scheme) => {
		for (const [name, value] of Object.entries(COLORS[scheme])) {
			expect(block(scheme)).toContain(`--${name}:${value};`);
		}
	});

	test('puts the dark scheme behind prefers-color-scheme, and the type stacks in :root', () => {
		expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\{:root\{--bg:#14171b;/);
		expect(block('light')).toContain(`--font:${FONTS.pageSans};`);
	});

	test('reserves each chart size at its height', () => {
		for (const [size, px] of Object.entries(CHART_HEIGHTS)) {
			expect(css).toContain(`.${heightClass(size as keyof typeof CHART_HEIGHTS)}{height:${px}px}`);
		}
	});
});

describe('the chart themes', () => {
	test.each(SCHEMES)('%s charts use the page colours', (scheme) => {
		const c = COLORS[scheme];
		expect(THEMES[scheme]).toMatchObject({
			background: c.bg,
			text: c.text,
			grid: c.grid,
			money: c.money,
			percent: c.percent,
			time: c.time,
			quantity: c.quantity,
			reference: c.reference,
			guideline: c.guideline,
			font: FONTS.sans
		});
	});
});
