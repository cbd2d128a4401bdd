// Labels never cover data: on every chart of the default article and of crowded wire stories, at
// the export width (640 px) and a phone's (340 px), no label overlaps another label, a bar, a point,
// a box or a line, and none runs off the chart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/articles/parse';
import { THEMES } from '$lib/charts/theme';
import { drawChart } from '$lib/export/chart';
import { NODE_FONT, nodeEnv } from '$lib/export/node';
import { articlePageData } from '$lib/server/page-data';
import { DEFAULT_STATE } from '$lib/state/url';
import { CHART_HEIGHTS } from '$lib/theme/tokens';
import { buildDashboard } from '$lib/view/dashboard';
import { collisions, marksOf } from './overlap';

const ARTICLES = [
	'data/articles/afp-2023-12-23-japan-patriot-exports.md',
	'tests/fixtures/wire/kyodo-2023-12-22-japan-budget-list.md',
	'tests/fixtures/wire/reuters-2024-07-05-germany-budget.md',
	'tests/fixtures/wire/guardian-2024-10-30-budget-defence.md'
];
const theme = { ...THEMES.light, font: NODE_FONT };

const cases = ARTICLES.flatMap((file) => {
	const page = articlePageData(parseArticle(readFileSync(file, 'utf8'), file));
	const view = buildDashboard(page, DEFAULT_STATE, theme, 'linear');
	return view.charts.flatMap((spec) =>
		[640, 340].map(
			(width) => [`${file.split('/').pop()} ${spec.id} at ${width} px`, spec, width] as const
		)
	);
});

describe('no label covers another label or a data mark', () => {
	it.each(cases)('%s', (_, spec, width) => {
		const surface = nodeEnv().createCanvas(1, 1);
		const chart = drawChart(surface, spec, width, CHART_HEIGHTS[spec.size], 1);
		try {
			const marks = marksOf(chart);
			expect(marks.boxes.length + marks.segments.length).toBeGreaterThan(0);
			expect(collisions(marks)).toEqual([]);
		} finally {
			chart.destroy();
		}
	});
});
