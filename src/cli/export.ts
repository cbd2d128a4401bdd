/**
 * `npm run export -- <slug> --out DIR [--currency JPY] [--format png|svg] [--rate article|latest|stated]
 *  [--theme light|dark] [--scale 2|4] [--width 640] [--base-url URL]`
 *
 * Renders an article's charts in Node, for newsroom pipelines: the same layout, chart configs and
 * file names as the browser's "Download all", drawn with @napi-rs/canvas (PNG) and svgcanvas (SVG).
 * Writes every chart as PNG and SVG (or only `--format`), figures.csv, annotations.jsonld and
 * README.md. `--width` is the chart's CSS width (the page's is about 640); PNGs are `--scale` times
 * that. `--base-url` is where the dashboard is served, for sentence links and annotation targets.
 * Any bad slug or flag: one line on stderr, exit 2. Thin by design: all logic is in src/lib.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { THEMES } from '../lib/charts/theme';
import { isCurrencyCode } from '../lib/currency/codes';
import { bundleFiles } from '../lib/export/bundle';
import { articlePageUrl } from '../lib/export/names';
import { NODE_FONT, pngBuffer, svgString } from '../lib/export/node';
import { loadArticlesFrom } from '../lib/server/load-articles';
import { articlePageData } from '../lib/server/page-data';
import { loadRates } from '../lib/server/rates';
import { DEFAULT_STATE } from '../lib/state/url';
import { buildDashboard } from '../lib/view/dashboard';

// Not imported from $lib/server/articles: that module reads `$app/environment`, which only exists
// inside a SvelteKit build.
const ARTICLES_DIR = 'data/articles';
const USAGE =
	'usage: export <slug> --out DIR [--currency USD|JPY|…] [--format png|svg] [--rate article|latest|stated] [--theme light|dark] [--scale 2|4] [--width N] [--base-url URL]';

function fail(message: string): never {
	process.stderr.write(`export: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
	process.exit(2);
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
	if ((allowed as readonly string[]).includes(value)) return value as T;
	return fail(`--${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
}

let args: ReturnType<typeof parse>;
function parse() {
	return parseArgs({
		allowPositionals: true,
		options: {
			out: { type: 'string' },
			currency: { type: 'string', default: DEFAULT_STATE.currency },
			format: { type: 'string' },
			rate: { type: 'string', default: 'article' },
			theme: { type: 'string', default: 'light' },
			scale: { type: 'string', default: '2' },
			width: { type: 'string', default: '640' },
			'base-url': { type: 'string', default: 'http://127.0.0.1:4173' }
		}
	});
}
try {
	args = parse();
} catch (e) {
	fail(`${(e as Error).message}; ${USAGE}`);
}

const { values, positionals } = args;
if (positionals.length !== 1 || !values.out) fail(USAGE);
const slug = positionals[0]!;
const currency = values.currency.toUpperCase();
if (!isCurrencyCode(currency)) fail(`unknown currency "${values.currency}"`);
const rate = oneOf('rate', values.rate, ['article', 'latest', 'stated'] as const);
const themeName = oneOf('theme', values.theme, ['light', 'dark'] as const);
const scale = Number(oneOf('scale', values.scale, ['2', '4'] as const));
const formats = values.format
	? [oneOf('format', values.format, ['png', 'svg'] as const)]
	: ['png', 'svg'];
const width = Number(values.width);
if (!Number.isInteger(width) || width < 320 || width > 2400)
	fail('--width must be a whole number from 320 to 2400');

try {
	const article = loadArticlesFrom(ARTICLES_DIR).find((a) => a.slug === slug);
	if (!article) fail(`no article "${slug}" in ${ARTICLES_DIR}/`);
	const data = articlePageData(article);
	// "Latest available" needs the whole series; pages fetch it, the CLI reads it.
	const rates = rate === 'latest' ? loadRates() : data.rates;
	const theme = { ...THEMES[themeName], font: NODE_FONT };
	const state = { ...DEFAULT_STATE, currency, rate };
	const view = buildDashboard({ ...data, rates }, state, theme, 'linear');
	const pageUrl = articlePageUrl(values['base-url'], slug);
	const image = {
		meta: data.meta,
		theme,
		width,
		exacts: new Map(view.figures.map((f) => [f.id, f.exact]))
	};
	const files = await bundleFiles(
		{
			slug,
			meta: data.meta,
			pageUrl,
			currency,
			basis: rate,
			specs: view.charts,
			figures: view.figures
		},
		{
			png: formats.includes('png') ? (spec) => pngBuffer({ ...image, spec, scale }).png : undefined,
			svg: formats.includes('svg') ? (spec) => svgString({ ...image, spec }) : undefined
		}
	);
	mkdirSync(values.out, { recursive: true });
	for (const [name, content] of files) writeFileSync(join(values.out, name), content);
	process.stdout.write(`${[...files.keys()].map((n) => join(values.out!, n)).join('\n')}\n`);
} catch (e) {
	fail((e as Error).message);
}
