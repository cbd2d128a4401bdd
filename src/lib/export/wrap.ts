/**
 * Greedy word wrapping with a measuring context, so line breaks follow the real font's widths (the
 * same context draws the lines). A word longer than the width is split by characters rather than left
 * to overflow the image.
 */

/** The part of a 2D context that measures text; a real context, svgcanvas or a test fake. */
export interface Measurer {
	font: string;
	measureText(text: string): { width: number };
}

function splitLongWord(m: Measurer, word: string, width: number): string[] {
	const parts: string[] = [];
	let part = '';
	for (const ch of word) {
		if (part && m.measureText(part + ch).width > width) {
			parts.push(part);
			part = ch;
		} else part += ch;
	}
	return part ? [...parts, part] : parts;
}

/** Lines of `text` in `font`, each at most `width` wide (the first may be narrower by `firstIndent`). */
export function wrapText(
	m: Measurer,
	text: string,
	font: string,
	width: number,
	firstIndent = 0
): string[] {
	m.font = font;
	const lines: string[] = [];
	let line = '';
	const room = () => width - (lines.length === 0 ? firstIndent : 0);
	for (const raw of text.split(/\s+/).filter(Boolean)) {
		const words = m.measureText(raw).width > width ? splitLongWord(m, raw, width) : [raw];
		for (const word of words) {
			const next = line ? `${line} ${word}` : word;
			if (line && m.measureText(next).width > room()) {
				lines.push(line);
				line = word;
			} else line = next;
		}
	}
	if (line || lines.length === 0) lines.push(line);
	return lines;
}

/**
 * Lines from segments joined by `sep` ("Source: AFP · Rates: ECB · Chart: Defence Figures"), breaking
 * between segments where it can, so a credit such as "Chart: Defence Figures" is never split. A
 * segment wider than a line is wrapped on its own.
 */
export function wrapSegments(
	m: Measurer,
	segments: string[],
	sep: string,
	font: string,
	width: number
): string[] {
	m.font = font;
	const lines: string[] = [];
	let line = '';
	for (const segment of segments) {
		const next = line ? `${line}${sep}${segment}` : segment;
		if (m.measureText(next).width <= width) {
			line = next;
			continue;
		}
		if (line) lines.push(line);
		if (m.measureText(segment).width <= width) {
			line = segment;
		} else {
			const parts = wrapText(m, segment, font, width);
			lines.push(...parts.slice(0, -1));
			line = parts.at(-1) ?? '';
		}
	}
	if (line || lines.length === 0) lines.push(line);
	return lines;
}
