/**
 * The figures as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD: one
 * Annotation per figure, in an AnnotationCollection. Each targets the article page with a
 * TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start, end: UTF-16 offsets
 * into the article text, as the figure model keeps them), so any tool can find the number again in
 * the text. The body is a TextualBody a person reads plus a schema.org QuantitativeValue a program
 * reads; schema.org terms are written as full IRIs because the annotation context does not define them.
 * Pure and deterministic (no creation time), so the same article always gives the same file.
 */
import { valueText } from '$lib/charts/common';
import type { Figure } from '$lib/figures/model';
import { figureLink } from './names';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const SCHEMA = 'https://schema.org/';

export interface AnnotationContext {
	/** Absolute URL of the article's page, whose text the offsets index. */
	pageUrl: string;
	/** The article's headline, for the collection's label. */
	title: string;
}

function unitOf(f: Figure): string {
	if (f.kind === 'money') return f.currency ?? '';
	if (f.kind === 'percent') return f.points ? 'percentage points' : 'percent';
	if (f.kind === 'year') return f.fiscal ? 'fiscal year' : 'year';
	if (f.kind === 'date') return 'date';
	return f.unit ?? '';
}

export function figureAnnotation(f: Figure, pageUrl: string) {
	const unit = unitOf(f);
	const stated = `${f.qualifier ? `${f.qualifier} ` : ''}${f.exact}`;
	return {
		'@context': ANNO_CONTEXT,
		id: figureLink(pageUrl, f.id),
		type: 'Annotation',
		motivation: 'describing',
		body: [
			{
				type: 'TextualBody',
				purpose: 'describing',
				format: 'text/plain',
				language: 'en',
				// A corrected figure's value is the editor's; its wording stays the article's.
				value: `${f.label}: ${stated}${f.corrected !== undefined ? ` (corrected to ${valueText(f)})` : ''}`
			},
			{ type: 'TextualBody', purpose: 'tagging', value: f.kind },
			{
				type: `${SCHEMA}QuantitativeValue`,
				[`${SCHEMA}name`]: f.label,
				[`${SCHEMA}value`]: f.kind === 'date' && f.date ? f.date : f.value,
				...(unit ? { [`${SCHEMA}unitText`]: unit } : {}),
				...(f.endValue !== null ? { [`${SCHEMA}maxValue`]: f.endValue } : {})
			}
		],
		target: {
			source: pageUrl,
			selector: [
				{ type: 'TextQuoteSelector', exact: f.exact, prefix: f.prefix, suffix: f.suffix },
				{ type: 'TextPositionSelector', start: f.start, end: f.end }
			]
		}
	};
}

export type FigureAnnotation = ReturnType<typeof figureAnnotation>;

export function figureAnnotations(figures: readonly Figure[], ctx: AnnotationContext) {
	const items = figures.map((f) => figureAnnotation(f, ctx.pageUrl));
	return {
		'@context': ANNO_CONTEXT,
		id: `${ctx.pageUrl}#annotations`,
		type: 'AnnotationCollection',
		label: `Figures in “${ctx.title}”`,
		total: items.length,
		first: { type: 'AnnotationPage', startIndex: 0, items }
	};
}

export function annotationsJson(figures: readonly Figure[], ctx: AnnotationContext): string {
	return `${JSON.stringify(figureAnnotations(figures, ctx), null, '\t')}\n`;
}
