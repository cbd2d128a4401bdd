import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../src/lib/articles/segments';
import { extractFigures, splitSentences } from '../../../src/lib/figures';

/** The paragraphs a reader sees, as their text, and every figure run with its offsets checked. */
function paragraphs(text: string): string[] {
	const figures = extractFigures(text);
	const out = segmentArticle(text, splitSentences(text), figures);
	for (const p of out)
		for (const s of p.sentences)
			for (const r of s.runs)
				if (r.figure) expect(text.slice(r.figure.start, r.figure.end)).toBe(r.text);
	return out.map((p) => p.sentences.map((s) => s.runs.map((r) => r.text).join('')).join(''));
}

const THREE = ['Japan will spend $56 billion.', 'It sold 14 jets.', 'Costs rose 5%.'];

describe('segmentArticle: paragraphs in any line-ending convention', () => {
	it.each([
		['LF blank lines', THREE.join('\n\n')],
		['CRLF blank lines', THREE.join('\r\n\r\n')],
		['CR-only blank lines', THREE.join('\r\r')],
		['blank lines holding spaces and a no-break space', THREE.join('\n \u00a0\n')],
		['single LF between paragraphs (copied from a web page)', THREE.join('\n')],
		['single CRLF between paragraphs', THREE.join('\r\n')],
		['single CR between paragraphs', THREE.join('\r')],
		['Unicode paragraph separators', THREE.join('\u2029')],
		['several line breaks in a row', THREE.join('\n\n\n\n')]
	])('splits %s into three paragraphs', (_name, text) => {
		expect(paragraphs(text)).toEqual(THREE);
	});

	it('keeps hard-wrapped lines in one paragraph when the text uses blank lines', () => {
		const text = 'Japan will spend $56 billion\non defence next year.\n\nIt sold 14 jets.';
		expect(paragraphs(text)).toEqual([
			'Japan will spend $56 billion\non defence next year.',
			'It sold 14 jets.'
		]);
	});

	it('keeps hard wraps in CRLF text with blank lines as soft wraps', () => {
		const text = 'Japan will spend\r\n$56 billion.\r\n\r\nIt sold 14 jets.';
		expect(paragraphs(text)).toEqual(['Japan will spend\r\n$56 billion.', 'It sold 14 jets.']);
	});

	it('does not read one CRLF as a blank line', () => {
		expect(paragraphs('One.\r\nTwo.')).toEqual(['One.', 'Two.']);
		expect(paragraphs('One.\r\nTwo.\r\n\r\nThree.')).toEqual(['One.\r\nTwo.', 'Three.']);
	});

	it('anchors figures by offsets into the text as read, CRLF included', () => {
		const text = 'Intro line.\r\n\r\nJapan will spend $56 billion.\r\nIt sold 14 jets.';
		const f = extractFigures(text).find((x) => x.kind === 'money');
		expect(f && text.slice(f.start, f.end)).toBe('$56 billion');
	});
});

describe('splitSentences: a paragraph break always ends a sentence', () => {
	it.each([
		['CR-only blank line', 'Spending rose\r\rThe budget fell'],
		['single LF in text with no blank lines', 'Spending rose\nThe budget fell'],
		['single CRLF in text with no blank lines', 'Spending rose\r\nThe budget fell']
	])('%s', (_name, text) => {
		expect(splitSentences(text).map((s) => s.text)).toEqual(['Spending rose', 'The budget fell']);
	});

	it('joins a hard-wrapped line that continues in lower case when blank lines mark paragraphs', () => {
		const text = 'Spending rose\nsharply.\n\nThe budget fell.';
		expect(splitSentences(text).map((s) => s.text)).toEqual([
			'Spending rose\nsharply.',
			'The budget fell.'
		]);
	});
});
