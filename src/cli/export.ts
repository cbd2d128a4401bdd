/**
 * `npm run export -- <slug> --out DIR [--currency JPY] [--format png|svg] [--rate article|latest|stated]
 *  [--theme light|dark] [--scale 2|4] [--width 640] [--base-url URL]`
 *
 * Renders an article's charts in Node, for newsroom pipelines: the same page builder, chart configs,
 * layout and file names as the browser's "Download all", drawn with @napi-rs/canvas (PNG) and
 * svgcanvas (SVG). Writes every chart as PNG and SVG (or only `--format`), figures.csv,
 * annotations.jsonld and README.md. `--width` is the chart's CSS width (the page's is about 640);
 * PNGs are `--scale` times that. `--base-url` (http or https) is where the dashboard is served, for
 * sentence links and annotation targets. Any bad slug or flag: one line on stderr, exit 2.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { THEMES } from '../lib/charts/theme';
import { parseCurrencyArg } from '../lib/currency/codes';
import { bundleFiles } from '../lib/export/bundle';
import { articlePageUrl } from '../lib/export/names';
import { NODE_FONT, pngBuffer, svgString } from '../lib/export/node';
import { loadArticlesFrom } from '../lib/server/load-articles';
import { articlePageData } from '../lib/server/page-data';
import { loadRates } from '../lib/server/rates';
import { DEFAULT_STATE } from '../lib/state/url';
import { buildDashboard } from '../lib/view/dashboard';
import { makeOutDir } from './out-dir';
import { CliError, guarded, isMain, PROCESS_IO, type CliIO } from './io';

// Not `$lib/server/articles`: that module reads `$app/environment`, which exists only in a build.
const ARTICLES_DIR = 'data/articles';
const USAGE =
	'usage: export <slug> --out DIR [--currency USD|JPY|…] [--format png|svg] [--rate article|latest|stated] [--theme light|dark] [--scale 2|4] [--width N] [--base-url URL]';

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
	if ((allowed as readonly string[]).includes(value)) return value as T;
	throw new CliError(`--${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
}

function options(argv: string[]) {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
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
	} catch (e) {
		throw new CliError(`${(e as Error).message}; ${USAGE}`);
	}
	const { values, positionals } = parsed;
	if (positionals.length !== 1 || !values.out) throw new CliError(USAGE);
	const currency = parseCurrencyArg(values.currency);
	const width = Number(values.width);
	if (!Number.isInteger(width) || width < 320 || width > 2400) {
		throw new CliError('--width must be a whole number from 320 to 2400');
	}
	return {
		slug: positionals[0]!,
		out: values.out,
		currency,
		rate: oneOf('rate', values.rate, ['article', 'latest', 'stated'] as const),
		theme: oneOf('theme', values.theme, ['light', 'dark'] as const),
		scale: Number(oneOf('scale', values.scale, ['2', '4'] as const)),
		formats: values.format
			? [oneOf('format', values.format, ['png', 'svg'] as const)]
			: ['png', 'svg'],
		width,
		baseUrl: httpUrl(values['base-url'])
	};
}

/** Sentence links and annotation targets are written into files others open: http(s) only. */
function httpUrl(value: string): string {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new CliError(`--base-url must be an http or https URL, not "${value.slice(0, 80)}"`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new CliError(`--base-url must be an http or https URL, not "${value.slice(0, 80)}"`);
	}
	return value;
}

export function main(argv: string[], io: CliIO): Promise<number> {
	return guarded('export', io, async () => {
		const o = options(argv);
		const article = loadArticlesFrom(ARTICLES_DIR).find((a) => a.slug === o.slug);
		if (!article) throw new CliError(`no article "${o.slug}" in ${ARTICLES_DIR}/`);
		const data = articlePageData(article);
		// "Latest available" needs the whole series; pages fetch it, the CLI reads it.
		const rates = o.rate === 'latest' ? loadRates() : data.rates;
		const theme = { ...THEMES[o.theme], font: NODE_FONT };
		const state = { ...DEFAULT_STATE, currency: o.currency, rate: o.rate };
		const view = buildDashboard({ ...data, rates }, state, theme, 'linear');
		const exacts = new Map(view.figures.map((f) => [f.id, f.exact]));
		const image = { meta: data.meta, theme, width: o.width, exacts };
		const files = await bundleFiles(
			{
				slug: o.slug,
				meta: data.meta,
				pageUrl: articlePageUrl(o.baseUrl, o.slug),
				currency: o.currency,
				basis: o.rate,
				specs: view.charts,
				figures: view.figures
			},
			{
				png: o.formats.includes('png')
					? (spec) => pngBuffer({ ...image, spec, scale: o.scale }).png
					: undefined,
				svg: o.formats.includes('svg') ? (spec) => svgString({ ...image, spec }) : undefined
			}
		);
		makeOutDir(o.out);
		for (const [name, content] of files) writeFileSync(join(o.out, name), content);
		io.stdout(`${[...files.keys()].map((n) => join(o.out, n)).join('\n')}\n`);
	});
}

if (isMain(import.meta.url)) {
	void main(process.argv.slice(2), PROCESS_IO).then((code) => (process.exitCode = code));
}
