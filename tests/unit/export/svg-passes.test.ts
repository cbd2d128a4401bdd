import { createCanvas, Image } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { NODE_FONT, nodeEnv } from '$lib/export/node';
import { renderPlot } from '$lib/export/plot';
import { miniDocument, serializeNode } from '$lib/export/svg-dom';
import { compact, slimPlot } from '$lib/export/svg-passes';
import type { SvgNode } from 'svgcanvas';
import { defaultArticle } from './helpers';

const { view } = defaultArticle();

async function pixels(svg: string, width: number, height: number): Promise<Uint8ClampedArray> {
	const image = new Image();
	image.src = Buffer.from(svg);
	const canvas = createCanvas(width, height);
	const ctx = canvas.getContext('2d');
	ctx.fillStyle = '#fff';
	ctx.fillRect(0, 0, width, height);
	ctx.drawImage(image, 0, 0);
	return ctx.getImageData(0, 0, width, height).data;
}

/** Pixels where any channel differs by more than a quarter of its range. */
function differing(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
	let n = 0;
	for (let i = 0; i < a.length; i += 4) {
		if ([0, 1, 2].some((c) => Math.abs(a[i + c]! - b[i + c]!) > 64)) n++;
	}
	return n;
}

describe('slimPlot and compact, as the page draws its charts', () => {
	for (const spec of view.charts) {
		for (const width of [340, 700]) {
			it(`${spec.id} at ${width} px paints as before, in far fewer bytes`, async () => {
				const height = 270;
				const { svg } = renderPlot(nodeEnv(), spec, width, height);
				const before = serializeNode(svg);
				slimPlot(svg);
				compact(svg, 'p');
				// The page's stylesheet gives the text its face; here the root does.
				const after = serializeNode(svg).replace('<svg ', `<svg font-family="${NODE_FONT}" `);
				expect(after).not.toMatch(/<text[^>]*font-family/);
				expect(after.length).toBeLessThan(before.length * 0.75);
				const [a, b] = await Promise.all([
					pixels(before, width, height),
					pixels(after, width, height)
				]);
				// Numbers rounded to a tenth of a pixel: a few edge pixels may shade differently, never
				// a shape (a timeline dot is about 150 pixels).
				expect(differing(a, b)).toBeLessThan(60);
			});
		}
	}
});

describe('slimPlot on a small tree', () => {
	function tree(build: (el: (name: string, attrs?: Record<string, string>) => SvgNode) => SvgNode) {
		const doc = miniDocument();
		const el = (name: string, attrs: Record<string, string> = {}) => {
			const node = doc.createElementNS('', name);
			for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
			return node;
		};
		return build(el);
	}

	it('keeps one of two clip paths drawn alike and points every reference at it', () => {
		const svg = tree((el) => {
			const root = el('svg');
			const defs = root.appendChild(el('defs'));
			for (const id of ['a', 'b', 'c']) {
				const clip = defs.appendChild(el('clipPath', { id }));
				const d = id === 'c' ? 'M 0 0 L 5 5 Z' : 'M 0 0 L 9 9 Z';
				clip.appendChild(el('path', { d, fill: 'none', stroke: 'none' }));
			}
			for (const id of ['a', 'b', 'c']) {
				root
					.appendChild(el('g', { 'clip-path': `url(#${id})` }))
					.appendChild(el('path', { d: 'M 1 1 L 2 2' }));
			}
			return root;
		});
		slimPlot(svg);
		const xml = serializeNode(svg);
		expect(xml.match(/<clipPath/g)).toHaveLength(2);
		expect(xml).not.toContain('id="b"');
		expect(xml.match(/url\(#a\)/g)).toHaveLength(2);
		expect(xml).toContain('url(#c)');
		expect(xml).toContain('<clipPath id="a"><path d="M 0 0 L 9 9 Z"/></clipPath>');
	});

	it('unwraps bare groups, drops empty ones, keeps groups that clip or move', () => {
		const svg = tree((el) => {
			const root = el('svg');
			const bare = root.appendChild(el('g'));
			bare.appendChild(el('path', { d: 'M 1 1' }));
			bare.appendChild(el('g')).appendChild(el('g'));
			root.appendChild(el('g', { 'clip-path': 'url(#x)' }));
			root
				.appendChild(el('g', { transform: 'rotate(90)' }))
				.appendChild(el('text', { x: '1', y: '2' }));
			root.appendChild(el('path', { fill: 'none', stroke: 'none' }));
			return root;
		});
		slimPlot(svg);
		expect(serializeNode(svg)).toBe(
			'<svg stroke-miterlimit="10"><path d="M 1 1"/><g transform="rotate(90)"><text x="1" y="2"/></g></svg>'
		);
	});

	it('moves a text translation into x and y, and leaves any other transform', () => {
		const svg = tree((el) => {
			const root = el('svg');
			root.appendChild(
				el('text', { x: '0', y: '7.2', transform: 'matrix(1 0 0 1 31.25 248.6)', stroke: 'none' })
			);
			root.appendChild(el('text', { x: '0', y: '0', transform: 'matrix(0 -1 1 0 10 20)' }));
			return root;
		});
		slimPlot(svg);
		expect(serializeNode(svg)).toBe(
			'<svg stroke-miterlimit="10"><text x="31.3" y="255.8"/><text x="0" y="0" transform="matrix(0 -1 1 0 10 20)"/></svg>'
		);
	});

	it('merges runs of lines stroked alike, never a fill or a translucent stroke', () => {
		const svg = tree((el) => {
			const root = el('svg');
			const line = (d: string, extra: Record<string, string> = {}) =>
				root.appendChild(el('path', { fill: 'none', stroke: '#e3e6ea', d, ...extra }));
			line('M 1 0 L 1 9');
			line('M 2 0 L 2 9');
			line('M 3 0 L 3 9', { 'stroke-opacity': '0.1' });
			line('M 4 0 L 4 9', { 'stroke-opacity': '0.1' });
			root.appendChild(el('path', { fill: '#1d5fa8', d: 'M 0 0 L 1 1 Z' }));
			root.appendChild(el('path', { fill: '#1d5fa8', d: 'M 2 2 L 3 3 Z' }));
			line('M 5 0 L 5 9');
			return root;
		});
		slimPlot(svg);
		expect(serializeNode(svg).match(/<path[^>]*>/g)).toEqual([
			'<path fill="none" stroke="#e3e6ea" d="M 1 0 L 1 9 M 2 0 L 2 9"/>',
			'<path fill="none" stroke="#e3e6ea" d="M 3 0 L 3 9" stroke-opacity="0.1"/>',
			'<path fill="none" stroke="#e3e6ea" d="M 4 0 L 4 9" stroke-opacity="0.1"/>',
			'<path fill="#1d5fa8" d="M 0 0 L 1 1 Z"/>',
			'<path fill="#1d5fa8" d="M 2 2 L 3 3 Z"/>',
			'<path fill="none" stroke="#e3e6ea" d="M 5 0 L 5 9"/>'
		]);
	});
});
