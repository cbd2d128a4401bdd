/**
 * Bench: export time per chart of the default article in the CLI path (Node, @napi-rs/canvas), for
 * PNG (2×, composed and encoded) and SVG (svgcanvas, composed and serialised). The baseline is the
 * bare chart alone, drawn by Chart.js at the same size on a napi canvas in the same run, so the ratio
 * shows what the layout, the text measuring, the vector context and the encoding add.
 * Standalone: `npx tsx tests/bench/export.ts`. The browser path is timed by tests/e2e/export.spec.ts.
 */
import { createCanvas } from '@napi-rs/canvas';
import { pathToFileURL } from 'node:url';
import { THEMES } from '../../src/lib/charts/theme';
import { CHART_HEIGHTS } from '../../src/lib/theme/tokens';
import { renderChart } from '../../src/lib/export/chart';
import { PAD } from '../../src/lib/export/layout';
import { NODE_FONT, pngBuffer, svgString } from '../../src/lib/export/node';
import { loadArticlesFrom } from '../../src/lib/server/load-articles';
import { articlePageData } from '../../src/lib/server/page-data';
import { DEFAULT_STATE } from '../../src/lib/state/url';
import { buildDashboard } from '../../src/lib/view/dashboard';
import type { BenchRow, BenchSection } from './types';

const SLUG = 'afp-2023-12-23-japan-patriot-exports';
const WIDTH = 640;

/** Median of `repeats` timed runs, in milliseconds, after one warm-up. */
function medianMs(fn: () => void, repeats = 15): number {
	fn();
	const times: number[] = [];
	for (let i = 0; i < repeats; i++) {
		const t0 = performance.now();
		fn();
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)]!;
}

export const bench: BenchSection = async () => {
	const article = loadArticlesFrom('data/articles').find((a) => a.slug === SLUG)!;
	const data = articlePageData(article);
	const theme = { ...THEMES.light, font: NODE_FONT };
	const view = buildDashboard(data, DEFAULT_STATE, theme, 'linear');
	const rows: BenchRow[] = [];
	for (const spec of view.charts) {
		const input = { spec, meta: data.meta, theme, width: WIDTH };
		const h = CHART_HEIGHTS[spec.size];
		const bare = medianMs(() => {
			const canvas = createCanvas(1, 1);
			renderChart(canvas, spec, WIDTH - 2 * PAD, h, 2)();
		});
		const png = medianMs(() => void pngBuffer(input));
		const svg = medianMs(() => void svgString(input));
		const baselineName = 'bare Chart.js render, 2×';
		rows.push(
			{
				name: `PNG 2× (CLI): ${spec.id}`,
				value: png,
				unit: 'ms',
				baselineName,
				baseline: bare,
				ratio: png / bare
			},
			{
				name: `SVG (CLI): ${spec.id}`,
				value: svg,
				unit: 'ms',
				baselineName,
				baseline: bare,
				ratio: svg / bare
			}
		);
	}
	return rows;
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	console.table(await bench());
}
