// Reviewed images stay reviewed: each export of the default article (PNG at 2× and SVG, light,
// USD and JPY) matches its committed golden image, pixel by pixel within a small tolerance. On a
// difference the fresh image and a diff image are written to test-results/golden/ and named here.
// After a reviewed change: `npx tsx tests/golden/exports.ts`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import pixelmatch from 'pixelmatch';
import { describe, expect, it } from 'vitest';
import { freshExports, GOLDEN_DIR, normaliseSvg } from '../../golden/exports';

const OUT = 'test-results/golden';
/** Pixels that may differ (anti-aliasing on another CPU), as a share of the image. */
const TOLERANCE = 0.001;

async function pixels(png: Buffer) {
	const image = await loadImage(png);
	const canvas = createCanvas(image.width, image.height);
	const ctx = canvas.getContext('2d');
	ctx.drawImage(image, 0, 0);
	return {
		width: image.width,
		height: image.height,
		data: ctx.getImageData(0, 0, image.width, image.height).data
	};
}

async function diffPng(name: string, fresh: Buffer, golden: Buffer): Promise<string | null> {
	const [a, b] = [await pixels(fresh), await pixels(golden)];
	if (a.width !== b.width || a.height !== b.height) {
		return `${name}.png is ${a.width}×${a.height}, the golden ${b.width}×${b.height}`;
	}
	const diff = createCanvas(a.width, a.height);
	const out = diff.getContext('2d').createImageData(a.width, a.height);
	const count = pixelmatch(a.data, b.data, out.data, a.width, a.height, { threshold: 0.1 });
	if (count <= a.width * a.height * TOLERANCE) return null;
	diff.getContext('2d').putImageData(out, 0, 0);
	mkdirSync(OUT, { recursive: true });
	writeFileSync(join(OUT, `${name}.png`), fresh);
	writeFileSync(join(OUT, `${name}-diff.png`), diff.toBuffer('image/png'));
	return `${name}.png: ${count} pixels differ; see ${OUT}/${name}-diff.png`;
}

function diffSvg(name: string, fresh: string, golden: string): string | null {
	if (fresh === golden) return null;
	const [a, b] = [fresh.split(/(?=<)/), golden.split(/(?=<)/)];
	const at = a.findIndex((el, i) => el !== b[i]);
	mkdirSync(OUT, { recursive: true });
	writeFileSync(join(OUT, `${name}.svg`), fresh);
	return `${name}.svg differs from element ${at}: got ${a[at]?.slice(0, 120)} / golden ${b[at]?.slice(0, 120)}`;
}

describe('exports of the default article match their reviewed images', () => {
	const exports = freshExports();

	it('covers every chart in both currencies', () => {
		expect(exports.map((e) => e.name)).toHaveLength(14);
	});

	it.each(exports.map((e) => [e.name, e] as const))('%s', async (name, e) => {
		const problems = [
			await diffPng(name, e.png, readFileSync(join(GOLDEN_DIR, `${name}.png`))),
			diffSvg(name, normaliseSvg(e.svg), readFileSync(join(GOLDEN_DIR, `${name}.svg`), 'utf8'))
		].filter(Boolean);
		expect(problems).toEqual([]);
	});
});
