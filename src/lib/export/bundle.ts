/**
 * Every file an article exports, by name: each chart as PNG and SVG, figures.csv,
 * annotations.jsonld and README.md. Shared by "Download all" (which zips the map) and the CLI (which
 * writes it to a folder); the caller supplies the renderers for its environment.
 */
import type { ChartSpec } from '$lib/charts/spec';
import type { Figure } from '$lib/figures/model';
import { annotationsJson } from './annotations';
import { chartCsv } from './csv';
import { exportFileName } from './names';
import { readme } from './readme';
import type { ExportMeta } from './text';
import type { FileContent } from './zip';

export interface BundleInput {
	slug: string;
	meta: ExportMeta;
	pageUrl: string;
	currency: string;
	basis: string;
	specs: readonly ChartSpec[];
	/** The figures shown (after type filters), for the CSV's currencies and the annotations. */
	figures: readonly Figure[];
}

export interface Renderers {
	png?: (spec: ChartSpec) => Promise<Uint8Array> | Uint8Array;
	svg?: (spec: ChartSpec) => Promise<string> | string;
}

export async function bundleFiles(
	input: BundleInput,
	render: Renderers
): Promise<Map<string, FileContent>> {
	const files = new Map<string, FileContent>();
	for (const spec of input.specs) {
		if (render.png)
			files.set(exportFileName(input.slug, spec.id, input.currency, 'png'), await render.png(spec));
		if (render.svg)
			files.set(exportFileName(input.slug, spec.id, input.currency, 'svg'), await render.svg(spec));
	}
	files.set(
		'figures.csv',
		chartCsv(input.specs, { figures: input.figures, pageUrl: input.pageUrl })
	);
	files.set(
		'annotations.jsonld',
		annotationsJson(input.figures, { pageUrl: input.pageUrl, title: input.meta.title })
	);
	const names = [...files.keys(), 'README.md'];
	files.set('README.md', readme({ ...input, files: names }));
	return files;
}
