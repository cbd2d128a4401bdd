/**
 * Bench: what an embedded chart costs a reader, in gzip bytes: the embed page's HTML, its CSS, the
 * JavaScript until its chart is live and the font it preloads, against the same sum for the floor
 * page (one chart drawn by Chart.js in the browser, with nothing prerendered). The floor stands for
 * a Datawrapper-style embed: a page that draws its chart with client-side JavaScript; Datawrapper's
 * own embeds cannot be fetched from this machine, so the baseline is built in the same run instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { jsShipped, round } from './browser';
import type { BenchRow } from './types';

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

export function pageWeight(buildDir: string, htmlFile: string) {
	const html = readFileSync(join(buildDir, htmlFile));
	const linked = (rel: string) =>
		[...html.toString('utf8').matchAll(/<link\b[^>]*>/g)]
			.map((m) => m[0])
			.filter((tag) => new RegExp(`rel="${rel}"`).test(tag))
			.map((tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? '')
			.map((href) =>
				href.startsWith('/') ? join(buildDir, href) : join(dirname(join(buildDir, htmlFile)), href)
			)
			.filter((file) => existsSync(file));
	const css = linked('stylesheet').reduce((sum, f) => sum + gz(readFileSync(f)), 0);
	const fonts = linked('preload').reduce((sum, f) => sum + readFileSync(f).length, 0);
	const js = jsShipped(buildDir, htmlFile).toCharts;
	return { total: gz(html) + css + js + fonts, html: gz(html), css, js, fonts };
}

/** The first embed page of the default article, its money chart. */
function firstEmbed(buildDir: string): string | null {
	const dir = join(buildDir, 'embed');
	if (!existsSync(dir)) return null;
	const slug = readdirSync(dir).find((d) => existsSync(join(dir, d, 'money.html')));
	return slug ? `embed/${slug}/money.html` : null;
}

export function embedRow(mainDir: string, floorDir: string): BenchRow[] {
	const file = firstEmbed(mainDir);
	if (!file) return [];
	const embed = pageWeight(mainDir, file);
	const floor = pageWeight(floorDir, 'index.html');
	return [
		{
			name: 'embed page: one chart, everything to a live chart',
			value: embed.total,
			unit: 'B gzip',
			baselineName: 'floor page (client-drawn chart, as Datawrapper-style embeds are)',
			baseline: floor.total,
			ratio: round(embed.total / floor.total, 3),
			note:
				`${file}: HTML ${embed.html} (chart prerendered in it), CSS ${embed.css}, ` +
				`JS ${embed.js}, font ${embed.fonts}; floor: HTML ${floor.html}, CSS ${floor.css}, JS ${floor.js}`
		}
	];
}
