/**
 * The reviewed exports of the default article: every chart as PNG (2×) and SVG, light theme, in US
 * dollars and Japanese yen, drawn by the same code as `npm run export`. `npx tsx
 * tests/golden/exports.ts` rewrites tests/golden/exports/ after a reviewed change; the unit test
 * compares fresh exports with them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { THEMES } from '../../src/lib/charts/theme';
import { NODE_FONT, pngBuffer, svgString } from '../../src/lib/export/node';
import { loadArticlesFrom } from '../../src/lib/server/load-articles';
import { articlePageData } from '../../src/lib/server/page-data';
import { DEFAULT_STATE } from '../../src/lib/state/url';
import { buildDashboard } from '../../src/lib/view/dashboard';

export const GOLDEN_DIR = 'tests/golden/exports';
export const SLUG = 'afp-2023-12-23-japan-patriot-exports';
export const CURRENCIES = ['USD', 'JPY'] as const;

export interface Export {
	name: string;
	png: Buffer;
	svg: string;
}

/** Every export the goldens cover, fresh. */
export function freshExports(): Export[] {
	const article = loadArticlesFrom('data/articles').find((a) => a.slug === SLUG)!;
	const data = articlePageData(article);
	const theme = { ...THEMES.light, font: NODE_FONT };
	return CURRENCIES.flatMap((currency) => {
		const view = buildDashboard(data, { ...DEFAULT_STATE, currency }, theme, 'linear');
		const exacts = new Map(view.figures.map((f) => [f.id, f.exact]));
		return view.charts.map((spec) => {
			const input = { meta: data.meta, theme, width: 640, spec, exacts };
			return {
				name: `${spec.id}-${currency}`,
				png: pngBuffer({ ...input, scale: 2 }).png,
				svg: svgString(input)
			};
		});
	});
}

/** svgcanvas names clip paths at random: number them in order, so two runs compare equal. */
export function normaliseSvg(svg: string): string {
	const ids = new Map<string, string>();
	return svg
		.replace(/id="([^"]+)"/g, (_, id: string) => {
			if (!ids.has(id)) ids.set(id, `c${ids.size + 1}`);
			return `id="${ids.get(id)}"`;
		})
		.replace(/url\(#([^)]+)\)/g, (m, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : m));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	mkdirSync(GOLDEN_DIR, { recursive: true });
	for (const e of freshExports()) {
		writeFileSync(join(GOLDEN_DIR, `${e.name}.png`), e.png);
		writeFileSync(join(GOLDEN_DIR, `${e.name}.svg`), normaliseSvg(e.svg));
	}
	console.log(`wrote ${GOLDEN_DIR}`);
}
