/**
 * The browser side of export, loaded on first click with `import()` so the dashboard's first load
 * carries none of it (svgcanvas, fflate, the layout). Renders with a detached <canvas> and the real
 * DOM, waits for web fonts so no text is measured in a fallback face, and saves through an
 * <a download> with an object URL (allowed by the CSP's `img-src blob:`; no data: URLs, no eval).
 */
import type { ChartSpec } from '$lib/charts/spec';
import type { ChartTheme } from '$lib/charts/theme';
import { fromBase64 } from '$lib/encoding/base64';
import { bundleFiles, type BundleInput } from './bundle';
import { chartCsv } from './csv';
import type { ExportMeta } from './text';
import { renderBitmap, renderSvg } from './render';
import type { SvgDocumentLike } from 'svgcanvas';
import type { ExportEnv } from './vector';
import { zipFiles } from './zip';

function browserEnv(): ExportEnv {
	return {
		createCanvas: (w, h) =>
			Object.assign(document.createElement('canvas'), { width: w, height: h }),
		// The real DOM has everything svgcanvas calls; its types are just wider than SvgDocumentLike.
		document: document as unknown as SvgDocumentLike
	};
}

export interface ImageRequest {
	spec: ChartSpec;
	meta: ExportMeta;
	theme: ChartTheme;
	/** The chart card's CSS width; the image is this wide in CSS pixels. */
	width: number;
	exacts?: ReadonlyMap<string, string>;
}

export async function pngBlob(req: ImageRequest, scale = 2): Promise<Blob> {
	await document.fonts.ready;
	const { canvas } = renderBitmap(browserEnv(), { ...req, scale });
	return encodePng(canvas);
}

/**
 * Encoded at once, on the main thread. Chromium encodes toBlob, and a main-thread OffscreenCanvas's
 * convertToBlob, in idle time, and when the page gives it none it waits a full second before it
 * starts: the bench measured PNG downloads of 1.1 s against 0.1 s for SVG, and convertToBlob was
 * traced at 1015 ms in 3 clicks of 8. toDataURL takes 29 to 51 ms for the money chart at 2×
 * (1330 × 938), every time; the data URL is only decoded here, never fetched or shown.
 */
function encodePng(canvas: HTMLCanvasElement): Blob {
	const url = canvas.toDataURL('image/png');
	return new Blob([fromBase64(url.slice(url.indexOf(',') + 1))], { type: 'image/png' });
}

export async function svgBlob(req: ImageRequest): Promise<Blob> {
	await document.fonts.ready;
	return new Blob([renderSvg(browserEnv(), req)], { type: 'image/svg+xml' });
}

export function csvBlob(specs: ChartSpec[], ctx: Parameters<typeof chartCsv>[1]): Blob {
	return new Blob([chartCsv(specs, ctx)], { type: 'text/csv;charset=utf-8' });
}

/** Every chart as PNG (at `scale`) and SVG, plus CSV, JSON-LD and README, zipped. */
export async function zipBlob(
	input: BundleInput,
	image: Omit<ImageRequest, 'spec'>,
	scale = 2,
	widthOf: (spec: ChartSpec) => number = () => image.width
): Promise<Blob> {
	const req = (spec: ChartSpec) => ({ ...image, spec, width: widthOf(spec) });
	const files = await bundleFiles(input, {
		png: async (spec) => new Uint8Array(await (await pngBlob(req(spec), scale)).arrayBuffer()),
		svg: (spec) => renderSvg(browserEnv(), req(spec))
	});
	return new Blob([zipFiles(files) as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}

/** Starts a download of `blob` as `name`; the URL is revoked once the click has been handled. */
export function saveBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = Object.assign(document.createElement('a'), { href: url, download: name });
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
