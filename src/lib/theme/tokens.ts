/**
 * The design tokens, once: colours for the light and dark schemes, the type stacks and the reserved
 * chart heights. Pure data. The page's CSS custom properties are generated from here at build time
 * (`themeCss`, served as `virtual:theme.css`), and the charts and exports read the same values, so
 * a canvas (which cannot read CSS variables) and the page around it cannot drift apart.
 */

export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** Every pair meets WCAG AA contrast (4.5:1) for text on `bg` and `surface`. */
export const COLORS = {
	light: {
		bg: '#ffffff',
		surface: '#f5f6f8',
		text: '#1a1d21',
		muted: '#545b66',
		border: '#d5d9df',
		grid: '#e3e6ea',
		accent: '#1f4e79',
		focus: '#b45309',
		money: '#1d5fa8',
		'money-bg': '#e3eefb',
		percent: '#0f6e5a',
		'percent-bg': '#dff3ec',
		time: '#6b3fa0',
		'time-bg': '#efe7f8',
		quantity: '#9a4a00',
		'quantity-bg': '#fbeedd',
		reference: '#7a828d',
		guideline: '#b42318',
		'current-bg': '#fff3bf',
		'notice-bg': '#fff4e5'
	},
	dark: {
		bg: '#14171b',
		surface: '#1d2126',
		text: '#e8eaed',
		muted: '#a9b0bb',
		border: '#3a414a',
		grid: '#2e343b',
		accent: '#8cbcf0',
		focus: '#f5a524',
		money: '#8cbcf0',
		'money-bg': '#1d3450',
		percent: '#6fd3b8',
		'percent-bg': '#143d33',
		time: '#c9a8f0',
		'time-bg': '#34244a',
		quantity: '#f3b36b',
		'quantity-bg': '#47301a',
		reference: '#8d96a3',
		guideline: '#ff8a80',
		'current-bg': '#4a4016',
		'notice-bg': '#3d2f16'
	}
} as const satisfies Record<Scheme, Record<string, string>>;

export type ColorName = keyof (typeof COLORS)['light'];

/** The colours charts draw with (the rest are the page's own). */
export const CHART_COLORS = [
	'bg',
	'text',
	'muted',
	'grid',
	'money',
	'percent',
	'time',
	'quantity',
	'reference',
	'guideline'
] as const satisfies readonly ColorName[];

/**
 * Source Sans 3 (SIL Open Font License), self-hosted from @fontsource/source-sans-3 on the page and
 * registered from the same files in Node, so the page, the browser's exports and `npm run export`
 * measure and draw the same glyphs. The system stack behind it only covers a character it lacks.
 */
export const FONT_FAMILY = 'Source Sans 3';

/**
 * A local face drawn to Source Sans 3's measure, named right after it in the page's stack: while a
 * web face is still on its way (its preload is in the body, so it does not hold the first paint;
 * see the root layout), text is set in Arial or one of its metric twins scaled to the same advance
 * widths and line box, so the swap moves next to nothing. Measured with @napi-rs/canvas on the
 * default article's text: the advance-width ratio of Source Sans 3 to Liberation Sans (to
 * Liberation Sans Bold for 600 and 700), and Source Sans 3's ascent 1.024 em and descent 0.400 em
 * with no line gap, divided by the ratio because the overrides apply after size-adjust. Bold is set
 * 3% under its page-wide ratio (0.926): in the browser, the site's name and the headline at the top
 * came out 3.2% and 5.1% wider than Source Sans 3, enough to move the tagline by 4 px and rewrap
 * the headline.
 */
export const FALLBACK_FAMILY = `${FONT_FAMILY} Fallback`;
const REGULAR_LOCALS = [
	'Arial',
	'ArialMT',
	'Liberation Sans',
	'LiberationSans',
	'Helvetica',
	'Arimo'
];
const BOLD_LOCALS = [
	'Arial Bold',
	'Arial-BoldMT',
	'Liberation Sans Bold',
	'LiberationSans-Bold',
	'Helvetica Bold',
	'Arimo Bold'
];
export const FALLBACK_FACES = [
	{ weight: 400, local: REGULAR_LOCALS, size: 0.9263 },
	{ weight: 600, local: BOLD_LOCALS, size: 0.9005 },
	{ weight: 700, local: BOLD_LOCALS, size: 0.899 }
].map((face) => ({ ...face, ascent: 1.024 / face.size, descent: 0.4 / face.size }));

// Japanese reference titles (the budget's sources) fall back to a Japanese face the reader's system
// has, before the generic one; Source Sans 3 has no kana or kanji.
const SYSTEM_SANS =
	"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, 'Noto Sans', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif";

export const FONTS = {
	/** Charts and exports, drawn once the web face has loaded (an exported SVG has no @font-face). */
	sans: `'${FONT_FAMILY}', ${SYSTEM_SANS}`,
	/** The page's text: the metric-matched fallback stands in until the web face arrives. */
	pageSans: `'${FONT_FAMILY}', '${FALLBACK_FAMILY}', ${SYSTEM_SANS}`,
	serif: "Georgia, 'Times New Roman', 'DejaVu Serif', serif"
} as const;

/** Reserved heights in CSS pixels: the page keeps the room before a chart draws, exports mirror it. */
export const CHART_HEIGHTS = { short: 200, medium: 270, tall: 340 } as const;
export type ChartSize = keyof typeof CHART_HEIGHTS;

/**
 * The widths a prerendered chart is drawn at, for the page to show before Chart.js takes over (and
 * with scripts off). Each is used while the chart's box is narrower than `below`; the SVG stretches
 * to the box, so each width covers a band of boxes within about 15% of it. The narrow one matches
 * the charts' own phone layout (NARROW_WIDTH, 480 px).
 */
export const PLOT_WIDTHS = [
	{ name: 'narrow', width: 340, below: 480 },
	{ name: 'medium', width: 560, below: 620 },
	{ name: 'wide', width: 700, below: Infinity }
] as const;
