/**
 * Reads what a pasted or dropped article says about itself, to prefill the form: title, source and
 * date from YAML front matter (the `data/articles` format), or the date from a `date YYYY-MM-DD`
 * marker, or the date and agency from a wire dateline ("TOKYO, Dec 23, 2023 (AFP) –").
 *
 * Pure: text in, suggestions and problems out. The same splitter and schema as the build, so a file
 * that would fail the build names the same field here; but a paste is never refused for its header,
 * a bad field is reported and left for the reader to fill in. The front matter's YAML is read by
 * `front-matter.ts`, which the paste form runs in a worker; the rest is cheap enough for a keystroke.
 */
import { articleMetaSchema } from '$lib/articles/schema';
import { splitArticle, type SplitArticle } from '$lib/articles/split';
import { readFrontMatter, type HeaderFields } from './front-matter';

export interface Prefill {
	title: string | null;
	source: string | null;
	published: string | null;
	/** The place the dateline names ("TOKYO"), kept as article metadata. */
	dateline: string | null;
	/** The front matter's language tag, if any. */
	language: string | null;
	/** The article text without its front matter or date marker. */
	body: string;
	/** One sentence per header field that could not be used, naming the field and its value. */
	problems: string[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '([A-Z][a-z]{2,8})\\.?';
const PLACE = "([A-Z][A-Z.'’ -]{1,40}?)";
const AGENCY = '\\(([^()\\n]{1,40})\\)\\s*[–—-]';
// Anchored, bounded classes, tried on the first few hundred characters only: linear, whatever the paste.
const DATELINES = [
	{
		re: new RegExp(`^${PLACE},\\s+${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*${AGENCY}`),
		order: 'mdy'
	},
	{
		re: new RegExp(`^${PLACE},\\s+(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\s*${AGENCY}`),
		order: 'dmy'
	},
	{ re: new RegExp(`^${PLACE}\\s*${AGENCY}`), order: null }
] as const;

function isoFrom(month: string, day: string, year: string): string | null {
	const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
	if (m < 0) return null;
	const iso = `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
	return articleMetaSchema.shape.published.safeParse(iso).success ? iso : null;
}

/** The date, agency and place of a wire dateline at the start of the body, if there is one. */
export function readDateline(body: string): Pick<Prefill, 'published' | 'source' | 'dateline'> {
	const head = body.trimStart().slice(0, 300);
	for (const { re, order } of DATELINES) {
		const m = re.exec(head);
		if (!m) continue;
		const place = m[1]!.trim();
		if (order === null) return { published: null, source: m[2]!.trim(), dateline: place };
		const [a, b, year, agency] = [m[2]!, m[3]!, m[4]!, m[5]!];
		const published = order === 'mdy' ? isoFrom(a, b, year) : isoFrom(b, a, year);
		return { published, source: agency.trim(), dateline: place };
	}
	return { published: null, source: null, dateline: null };
}

/**
 * A prefill from a split article and its front matter's fields (`readFrontMatter`, or null when
 * it has none). Everything here is bounded and linear, so it may run on every keystroke.
 */
export function prefillFrom(split: SplitArticle, header: HeaderFields | null): Prefill {
	const out: Prefill = {
		title: header?.title ?? null,
		source: header?.source ?? null,
		published: header?.published ?? null,
		dateline: header?.dateline ?? null,
		language: header?.language ?? null,
		body: split.body.trimEnd(),
		problems: [...(header?.problems ?? [])]
	};
	if (split.markerDate !== null) {
		if (articleMetaSchema.shape.published.safeParse(split.markerDate).success) {
			out.published = split.markerDate;
		} else out.problems.push(`The date marker “${split.markerDate}” is not a real calendar date.`);
	}
	const line = readDateline(out.body);
	out.published ??= line.published;
	out.source ??= line.source;
	out.dateline ??= line.dateline;
	return out;
}

/** All of it at once, on this thread: for tests and callers that already run off the main thread. */
export function prefill(raw: string): Prefill {
	const split = splitArticle(raw);
	const header = split.frontMatter === null ? null : readFrontMatter(split.frontMatter);
	return prefillFrom(split, header);
}
