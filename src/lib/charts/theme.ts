/**
 * Chart colours and type for the light and dark schemes, shared by the page and the exports. Canvas
 * cannot read CSS custom properties, so charts take the design tokens as data; the page's CSS is
 * generated from the same tokens ($lib/theme).
 */
import { COLORS, FONTS, type Scheme } from '$lib/theme/tokens';

export interface ChartTheme {
	scheme: Scheme;
	background: string;
	text: string;
	muted: string;
	grid: string;
	money: string;
	percent: string;
	time: string;
	quantity: string;
	reference: string;
	guideline: string;
	font: string;
}

function chartTheme(scheme: Scheme): ChartTheme {
	const c = COLORS[scheme];
	return {
		scheme,
		background: c.bg,
		text: c.text,
		muted: c.muted,
		grid: c.grid,
		money: c.money,
		percent: c.percent,
		time: c.time,
		quantity: c.quantity,
		reference: c.reference,
		guideline: c.guideline,
		font: FONTS.sans
	};
}

export const THEMES: Record<Scheme, ChartTheme> = {
	light: chartTheme('light'),
	dark: chartTheme('dark')
};
