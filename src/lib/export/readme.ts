/**
 * README.md for the "Download all" ZIP and the CLI's output folder: what the files are, where the
 * numbers come from and which exchange rates were used, so the bundle explains itself when it is
 * forwarded without the page. Pure.
 */
import type { ChartSpec } from '$lib/charts/spec';
import { formatRateDate } from '$lib/currency/cite';
import { rateSources, sourceLine, type ExportMeta } from './text';

export interface ReadmeInput {
	meta: ExportMeta;
	pageUrl: string;
	currency: string;
	/** "article", "latest", "stated" or a date: the dashboard's "Exchange rate" choice. */
	basis: string;
	specs: readonly ChartSpec[];
	files: readonly string[];
}

const BASIS_NAMES: Record<string, string> = {
	article: 'the rate of the article date',
	latest: 'the latest available rate',
	stated: 'the rate the article itself implies'
};

export function readme(input: ReadmeInput): string {
	const { meta, specs } = input;
	const rates = [
		...new Set(specs.flatMap((s) => s.rows.flatMap((r) => (r.rate ? [r.rate.text] : []))))
	];
	const sources = [...new Set(specs.flatMap((s) => rateSources(s)))];
	const refs = [...new Set(specs.flatMap((s) => s.sources))];
	const lines = [
		`# Figures from “${meta.title}”`,
		'',
		`Article: ${meta.source}, ${formatRateDate(meta.published)}. Dashboard: ${input.pageUrl}`,
		'',
		'## Exchange rates',
		'',
		`Money is shown in ${input.currency}, converted at ${BASIS_NAMES[input.basis] ?? `the rate of ${input.basis}`}.`,
		...(rates.length ? ['', ...rates.map((r) => `- ${r}`)] : ['', '- No conversion was needed.']),
		...(sources.length ? ['', `Rate sources: ${sources.join('; ')}.`] : []),
		'',
		'## Sources',
		'',
		`- The article: ${meta.source}, ${formatRateDate(meta.published)}.`,
		...refs.map((r) => `- Reference data: ${r}.`),
		'',
		'## Charts',
		'',
		...specs.map(
			(s) => `- ${s.title}: ${s.subtitle}. Image source line: “${sourceLine(s, meta)}”.`
		),
		'',
		'## Files',
		'',
		...input.files.map((f) => `- \`${f}\``),
		'',
		'`figures.csv` is UTF-8 with a byte-order mark (so Excel reads “curly quotes” right), one row per',
		'figure shown; text cells starting with = + - or @ carry a leading apostrophe so spreadsheets do',
		'not run them as formulas. `annotations.jsonld` holds one W3C Web Annotation per figure; its',
		'selectors index the article text as the dashboard shows it.',
		''
	];
	return lines.join('\n');
}
