/**
 * Splits an article file into its metadata header and its body, without parsing either.
 *
 * Pure: no file system, no DOM. Two header forms are recognised:
 * - YAML front matter between `---` lines (the `data/articles/*.md` format);
 * - a leading `date YYYY-MM-DD` marker, as in the AFP seed file, where it shares the first line with
 *   the dateline.
 * `bodyOffset` is where the body starts in the raw text, so offsets found in the body can be reported
 * as offsets into the file as read (`raw.slice(bodyOffset + start, bodyOffset + end)`).
 */

export interface SplitArticle {
	kind: 'front-matter' | 'date-marker' | 'none';
	/** The YAML between the fences, with its line breaks as LF, or null. */
	frontMatter: string | null;
	/** 1-based line of the first YAML line in the raw file, to report YAML errors by file line. */
	frontMatterLine: number;
	/** The date from a `date YYYY-MM-DD` marker, or null. */
	markerDate: string | null;
	body: string;
	bodyOffset: number;
	/** 1-based line where the body starts. */
	bodyLine: number;
}

// Anchored at the start and built from bounded character classes only, so they run in linear time.
// A line ends in LF, CRLF or a lone CR (old Mac files, some Windows tools): all three are accepted.
const FRONT_MATTER = /^\uFEFF?---[ \t]*(?:\r\n?|\n)/;
const FENCE_END = /(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$)/;
const DATE_MARKER = /^\uFEFF?\s*date[ \t]+(\d{4}-\d{2}-\d{2})\s+/;
const LINE_BREAK = /\r\n?|\n/g;

const lineOf = (text: string, offset: number) =>
	(text.slice(0, offset).match(LINE_BREAK)?.length ?? 0) + 1;

export function splitArticle(raw: string): SplitArticle {
	const open = FRONT_MATTER.exec(raw);
	if (open) {
		const rest = raw.slice(open[0].length);
		const close = FENCE_END.exec(rest);
		if (close) {
			const bodyOffset = open[0].length + close.index + close[0].length;
			return {
				kind: 'front-matter',
				// YAML sees LF only; a lone CR becomes LF one for one, so its lines stay the file's lines.
				frontMatter: rest.slice(0, close.index).replace(LINE_BREAK, '\n'),
				frontMatterLine: 2,
				markerDate: null,
				body: raw.slice(bodyOffset),
				bodyOffset,
				bodyLine: lineOf(raw, bodyOffset)
			};
		}
	}
	const marker = DATE_MARKER.exec(raw);
	if (marker) {
		const bodyOffset = marker[0].length;
		return {
			kind: 'date-marker',
			frontMatter: null,
			frontMatterLine: 0,
			markerDate: marker[1] ?? null,
			body: raw.slice(bodyOffset),
			bodyOffset,
			bodyLine: lineOf(raw, bodyOffset)
		};
	}
	return {
		kind: 'none',
		frontMatter: null,
		frontMatterLine: 0,
		markerDate: null,
		body: raw,
		bodyOffset: 0,
		bodyLine: 1
	};
}
