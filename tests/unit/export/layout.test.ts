import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { CHART_HEIGHTS } from '$lib/theme/tokens';
import { drawExport, layoutExport, PAD } from '$lib/export/layout';
import { pngBuffer, svgString } from '$lib/export/node';
import { balancedXml, defaultArticle, pngSize } from './helpers';

const { data, theme, view } = defaultArticle();
const measure = createCanvas(1, 1).getContext('2d');
const money = view.charts.find((c) => c.id === 'money')!;

/** A context that records what is drawn, measuring with a real one. */
function recorder() {
	const calls: { op: string; args: unknown[]; fill: unknown }[] = [];
	const ctx = {
		font: '',
		fillStyle: '' as unknown,
		textAlign: 'left',
		textBaseline: 'alphabetic',
		measureText: (t: string) => ((measure.font = ctx.font), measure.measureText(t)),
		fillRect: (...args: unknown[]) => calls.push({ op: 'fillRect', args, fill: ctx.fillStyle }),
		fillText: (...args: unknown[]) => calls.push({ op: 'fillText', args, fill: ctx.fillStyle })
	};
	return { ctx, calls };
}

describe('layoutExport', () => {
	for (const width of [360, 640, 1000]) {
		it(`keeps every line inside a ${width}px image`, () => {
			const layout = layoutExport(measure, { spec: money, meta: data.meta, theme, width });
			for (const t of layout.texts) {
				measure.font = t.font;
				expect(t.x + measure.measureText(t.text).width).toBeLessThanOrEqual(width - PAD + 0.5);
				expect(t.y).toBeLessThan(layout.height);
			}
			expect(layout.chart.height).toBe(CHART_HEIGHTS[money.size]);
			expect(layout.chart.width).toBe(width - 2 * PAD);
		});
	}

	it('stacks title, subtitle, chart, footer and source line without overlap', () => {
		const layout = layoutExport(measure, { spec: money, meta: data.meta, theme, width: 640 });
		const ys = (role: string) => layout.texts.filter((t) => t.role === role).map((t) => t.y);
		const chartTop = layout.chart.y;
		const chartBottom = chartTop + layout.chart.height;
		expect(Math.max(...ys('title'))).toBeLessThan(Math.min(...ys('subtitle')));
		expect(Math.max(...ys('subtitle'))).toBeLessThan(chartTop);
		expect(Math.min(...ys('quote'))).toBeGreaterThan(chartBottom);
		expect(Math.min(...ys('source'))).toBeGreaterThan(Math.max(...ys('quote')));
		expect(layout.texts.filter((t) => t.role === 'marker').map((t) => t.text)).toEqual([
			'[1]',
			'[2]'
		]);
	});
});

describe('drawExport', () => {
	it('paints an opaque theme background first, then the chart, then the text', () => {
		const layout = layoutExport(measure, { spec: money, meta: data.meta, theme, width: 640 });
		const { ctx, calls } = recorder();
		let chartAt = -1;
		drawExport(ctx as never, layout, () => (chartAt = calls.length));
		expect(calls[0]).toEqual({
			op: 'fillRect',
			args: [0, 0, 640, layout.height],
			fill: theme.background
		});
		expect(chartAt).toBe(1);
		const texts = calls.filter((c) => c.op === 'fillText').map((c) => c.args[0]);
		expect(texts[0]).toBe('Money in the article');
		expect(texts.join(' ')).toContain('142.12 JPY per USD');
		expect(texts.at(-1)).toContain('Chart: Defence Figures');
	});
});

describe('rendered images of every chart', () => {
	for (const spec of view.charts) {
		it(`${spec.id}: PNG at 2× and 4× the layout, SVG with the same size and text as text`, () => {
			const input = { spec, meta: data.meta, theme, width: 640 };
			const two = pngBuffer(input);
			expect(pngSize(two.png)).toEqual({ width: 1280, height: two.height * 2 });
			expect(pngSize(pngBuffer({ ...input, scale: 4 }).png)).toEqual({
				width: 2560,
				height: two.height * 4
			});
			const svg = svgString(input);
			expect(balancedXml(svg)).toBe(true);
			expect(svg).toContain(`width="640" height="${two.height}"`);
			expect(svg).toContain(`>${spec.title}</text>`);
			expect(svg).toContain('Chart: Defence Figures');
			expect(svg).toMatch(/<rect[^>]+fill="#ffffff"/);
			if (spec.id === 'money') expect(svg).toContain('142.12 JPY per USD');
		});
	}
});
