import { describe, expect, it } from 'vitest';
import { htmlToText } from '$lib/paste/html-text';

describe('htmlToText', () => {
	it('keeps each block as a paragraph and drops inline markup', () => {
		const html =
			'<h1>Budget rises</h1><p>The ministry asked for <b>£13.4billion</b>,<br>up 4%.</p>' +
			'<ul><li>Navy: $2bn</li><li>Army: $1.5bn</li></ul>';
		expect(htmlToText(html)).toBe(
			'Budget rises\n\nThe ministry asked for £13.4billion,\n\nup 4%.\n\nNavy: $2bn\n\nArmy: $1.5bn'
		);
	});

	it('runs inline text together across tags but never across blocks', () => {
		expect(htmlToText('<span>Rs</span> <span>1,200</span> <i>crore</i>')).toBe('Rs 1,200 crore');
		expect(htmlToText('<div>one</div><div>two</div>')).toBe('one\n\ntwo');
	});

	it('skips scripts, styles and comments whole, and never keeps an attribute', () => {
		const html =
			'<style>p{color:red}</style><p onclick="alert(1)">Safe</p><script>alert("<p>x</p>")</script>' +
			'<!-- a <p>hidden</p> note --><img src=x onerror="alert(1)"><p>End</p>';
		expect(htmlToText(html)).toBe('Safe\n\nEnd');
	});

	it('decodes the character references a news page uses and leaves unknown ones as written', () => {
		expect(
			htmlToText('<p>&pound;5&nbsp;billion &ndash; &#8364;6bn &#x24;7bn &amp; &bogus; &#0;</p>')
		).toBe('£5 billion – €6bn $7bn & &bogus; &#0;');
	});

	it('treats a lone "<" as text, and an unclosed comment or script as the end', () => {
		expect(htmlToText('<p>1 < 2 and 3 <4</p>')).toBe('1 < 2 and 3 <4');
		expect(htmlToText('<p>kept</p><!-- never closed <p>lost</p>')).toBe('kept');
		expect(htmlToText('<p>kept</p><script>never closed')).toBe('kept');
	});

	it('stays linear on hostile markup', () => {
		// Each shape would take seconds if a search restarted from the top for every tag.
		for (const hostile of ['<'.repeat(200_000), '<a'.repeat(200_000), '<script>'.repeat(50_000)]) {
			const started = performance.now();
			htmlToText(hostile);
			expect(performance.now() - started).toBeLessThan(2000);
		}
	});
});
