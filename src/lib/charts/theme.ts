/**
 * Chart colours for the light and dark schemes, shared by the page and the exports. Canvas cannot
 * read CSS custom properties, so the palette is data here and mirrors src/app.css.
 */
export interface ChartTheme {
	scheme: 'light' | 'dark';
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

const FONT =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

export const THEMES: Record<'light' | 'dark', ChartTheme> = {
	light: {
		scheme: 'light',
		background: '#ffffff',
		text: '#1a1d21',
		muted: '#545b66',
		grid: '#e3e6ea',
		money: '#1d5fa8',
		percent: '#0f6e5a',
		time: '#6b3fa0',
		quantity: '#9a4a00',
		reference: '#7a828d',
		guideline: '#b42318',
		font: FONT
	},
	dark: {
		scheme: 'dark',
		background: '#14171b',
		text: '#e8eaed',
		muted: '#a9b0bb',
		grid: '#2e343b',
		money: '#8cbcf0',
		percent: '#6fd3b8',
		time: '#c9a8f0',
		quantity: '#f3b36b',
		reference: '#8d96a3',
		guideline: '#ff8a80',
		font: FONT
	}
};
