// Labels never cover data: on every chart of the default article and of crowded wire stories, at
// the export width (640 px) and a phone's (340 px), no label overlaps another label, a bar, a point,
// a box or a line, and none runs off the chart; so too on crowded timelines, at a phone's and a wide
// screen's chart width.
import { readFileSync } from 'node:fs';
import annotationPlugin from 'chartjs-plugin-annotation';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/articles/parse';
import { THEMES } from '$lib/charts/theme';
import { drawChart } from '$lib/export/chart';
import { NODE_FONT, nodeEnv } from '$lib/export/node';
import { articlePageData } from '$lib/server/page-data';
import { DEFAULT_STATE } from '$lib/state/url';
import { CHART_HEIGHTS } from '$lib/theme/tokens';
import { buildDashboard } from '$lib/view/dashboard';
import { buildTimelineChart } from '$lib/charts/timeline';
import type { ChartSpec } from '$lib/charts/spec';
import { collisions, marksOf } from './overlap';
import { event, ukEvents, ukFigures, ukSentences } from './timeline-fixture';

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

/** A timeline of the UK story with these events, as a paste or an editor's notes would give it. */
const timeline = (events = ukEvents) =>
	buildTimelineChart({ figures: ukFigures, events, sentences: ukSentences, theme });
const month = Array.from({ length: 12 }, (_, i) =>
	event(
		`event-m${i}`,
		`2026-03-${String(i * 2 + 1).padStart(2, '0')}`,
		`Step ${i + 1} of the review`
	)
);
const TIMELINES: [string, ChartSpec][] = [
	['the UK story', timeline()],
	[
		'a 10,000-character event label',
		timeline([event('event-x', '2026-06-01', 'x'.repeat(10_000))])
	],
	[
		'an event labelled with HTML',
		timeline([event('event-h', '2026-06-01', '<img src=x onerror="alert(1)"> & <b>bold</b>')])
	],
	['twelve events in one month', timeline([...ukEvents, ...month])]
];
// The canvas is narrower than the page: 340 px on a 375 px phone, about 1200 px on a 1280 px screen.
const timelineCases = TIMELINES.flatMap(([name, spec]) =>
	[340, 640, 1200].map((width) => [`${name}: timeline at ${width} px`, spec, width] as const)
);

describe('no label covers another label or a data mark', () => {
	it.each([...cases, ...timelineCases])('%s', (_, spec, width) => {
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

describe('on a timeline that has room, every point keeps its label, cut to fit', () => {
	it.each(timelineCases.filter(([name]) => !name.startsWith('twelve')))(
		'%s',
		(name, spec, width) => {
			const surface = nodeEnv().createCanvas(1, 1);
			const chart = drawChart(surface, spec, width, CHART_HEIGHTS[spec.size], 1);
			try {
				const marks = marksOf(chart);
				expect(marks.labels).toHaveLength(spec.elements[0]!.length);
				const lines = annotationPlugin
					.getAnnotations(chart)
					.flatMap((a) => (a as { options: { content: string[] } }).options.content);
				if (name.startsWith('a 10,000')) {
					const cut = lines.find((l) => l.startsWith('xxx'));
					expect(cut ?? '', 'a phone shows the date line only').toMatch(width < 480 ? /^$/ : /x…$/);
				}
				if (name.startsWith('an event labelled with HTML') && width >= 480) {
					expect(lines.join(' ')).toContain('<img src=x onerror="alert(1)"> & <b>bold</b>');
				}
			} finally {
				chart.destroy();
			}
		}
	);
});
