/**
 * Rich text pasted from a web page, as the plain text a reader sees: one blank line between
 * paragraphs and never any markup. Pure and linear: the HTML is scanned once, by hand, and never
 * parsed by the browser, since Chromium checks (and the CSP then reports) an `onerror` attribute
 * even in a detached document or a <template>. Block elements (paragraphs, headings, list items, table
 * rows, breaks) end a paragraph; script, style and the like are skipped whole; character references
 * are decoded, and one the scanner does not know stays as written.
 */
const BLOCK = new Set(
	['p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'blockquote', 'pre']
		.concat(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'figcaption'])
		.concat(['dt', 'dd', 'hr', 'address', 'figure', 'br'])
);
const SKIP = new Set([
	'script',
	'style',
	'template',
	'noscript',
	'head',
	'title',
	'iframe',
	'object'
]);
const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	hellip: '…',
	euro: '€',
	pound: '£',
	yen: '¥',
	minus: '−'
};

function decode(text: string): string {
	return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (ref, body: string) => {
		if (body[0] !== '#') return Object.hasOwn(NAMED, body) ? NAMED[body]! : ref;
		const code =
			body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
		return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
			? String.fromCodePoint(code)
			: ref;
	});
}

export function htmlToText(html: string): string {
	const paragraphs: string[] = [];
	let line = '';
	const end = () => {
		const text = decode(line).replace(/\s+/g, ' ').trim();
		if (text) paragraphs.push(text);
		line = '';
	};
	// Searches start where the last one ended, so a page of lone "<" or unclosed tags stays linear.
	const lower = html.toLowerCase();
	let gt = -1; // the next ">", or Infinity once there is none
	let i = 0;
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		if (lt < 0) {
			line += html.slice(i);
			break;
		}
		line += html.slice(i, lt);
		if (html.startsWith('<!--', lt)) {
			const close = html.indexOf('-->', lt + 4);
			i = close < 0 ? html.length : close + 3;
			continue;
		}
		const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 40));
		if (gt !== Infinity && gt < lt) {
			const next = html.indexOf('>', lt);
			gt = next < 0 ? Infinity : next;
		}
		if (!m || gt === Infinity) {
			line += '<'; // a lone "<" is text
			i = lt + 1;
			continue;
		}
		const name = m[2]!.toLowerCase();
		i = gt + 1;
		if (!m[1] && SKIP.has(name)) {
			const close = lower.indexOf(`</${name}`, i);
			i = close < 0 ? html.length : close;
			continue;
		}
		if (BLOCK.has(name)) end();
	}
	end();
	return paragraphs.join('\n\n');
}
