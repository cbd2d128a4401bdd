import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, figureAnnotations } from '$lib/export/annotations';
import { defaultArticle } from './helpers';

const { data, view } = defaultArticle();
const doc = figureAnnotations(view.figures, {
	pageUrl: 'https://example.test/articles/a',
	title: data.meta.title
});
const items = doc.first.items;

describe('Web Annotations for the default article', () => {
	it('has one Annotation per figure shown', () => {
		expect(items).toHaveLength(view.figures.length);
		expect(doc['@context']).toBe(ANNO_CONTEXT);
		for (const a of items) {
			expect(a['@context']).toBe(ANNO_CONTEXT);
			expect(a.type).toBe('Annotation');
		}
	});
	it('anchors every TextPositionSelector on its exact text', () => {
		for (const a of items) {
			const [quote, position] = a.target.selector;
			expect(data.text.slice(position!.start, position!.end)).toBe(quote!.exact);
		}
	});
	it('finds every TextQuoteSelector in the text', () => {
		for (const a of items) {
			const q = a.target.selector[0]!;
			expect(data.text).toContain(`${q.prefix}${q.exact}${q.suffix}`);
		}
	});
	it('puts the value, unit and label in the body', () => {
		const yen = items.find((a) => a.id.endsWith('#fig-money-3-trillion-yen'));
		const value = yen?.body[2] as Record<string, unknown>;
		expect(value['https://schema.org/value']).toBe(3e12);
		expect(value['https://schema.org/unitText']).toBe('JPY');
		expect(yen?.body[0]?.value).toContain('3 trillion yen');
	});
});
