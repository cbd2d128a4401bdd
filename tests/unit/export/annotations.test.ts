import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, figureAnnotations } from '$lib/export/annotations';
import { EMPTY_EDITS } from '$lib/edits/model';
import { DEFAULT_STATE } from '$lib/state/url';
import { buildDashboard } from '$lib/view/dashboard';
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

describe('Web Annotations of an edited page', () => {
	it('carry the editor’s label and corrected value beside the article’s own wording', () => {
		const { data, theme } = defaultArticle();
		const edited = buildDashboard(data, DEFAULT_STATE, theme, 'linear', {
			...EMPTY_EDITS,
			figures: {
				'money-56-billion': { label: 'Budget, as corrected', correction: { value: 6e10 } }
			}
		});
		const item = figureAnnotations(edited.figures, {
			pageUrl: 'https://example.test/a',
			title: 't'
		}).first.items.find((a) => a.target.selector[0]!.exact === '$56 billion')!;
		expect(item.body[0]).toMatchObject({
			value: 'Budget, as corrected: $56 billion (corrected to $60 billion)'
		});
		expect(item.body[2]).toMatchObject({ 'https://schema.org/value': 6e10 });
		const plain = items.find((a) => a.target.selector[0]!.exact === '$56 billion')!;
		expect(plain.body[0]).toMatchObject({ value: "Japan's defence budget, FY2024: $56 billion" });
	});
});
