/**
 * Reads the title, source, date and dateline a pasted article's YAML front matter gives, for the
 * paste form to prefill. Pure: YAML text in, fields and problems out; never throws.
 *
 * This is the one costly step of a prefill (YAML parsing grows faster than the text: 770 KB took
 * seconds), so it runs in a Web Worker (`header-reader.ts`), once per distinct front matter, and
 * front matter over `MAX_FRONT_MATTER_BYTES` is not parsed at all. Real front matter is a few
 * hundred bytes; the limit leaves room for fifty times that and keeps even a hostile header (deep
 * nesting) to a fraction of a second.
 */
import { parseDocument } from 'yaml';
import { articleMetaSchema } from '$lib/articles/schema';
import { shownValue, yamlValue } from '$lib/articles/yaml-value';
import { utf8Bytes } from './limits';

export const MAX_FRONT_MATTER_BYTES = 16_000;

export interface HeaderFields {
	title: string | null;
	source: string | null;
	published: string | null;
	dateline: string | null;
	/** A language tag ("en-AU"): a clue to which dollar a bare "$" is. */
	language: string | null;
	/** One sentence per field (or for the whole header) that could not be used. */
	problems: string[];
}

const FIELD_LABELS = {
	title: 'Title',
	source: 'Source',
	published: 'Date',
	dateline: 'Dateline',
	language: 'Language'
};
type Field = keyof typeof FIELD_LABELS;

const kb = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const bytes = new Intl.NumberFormat('en');
const describe = (n: number) => `${kb.format(n / 1000)} KB (${bytes.format(n)} bytes)`;

/** A message refusing front matter this large, or null. Cheap: no parsing. */
export function frontMatterSizeProblem(yaml: string): string | null {
	// UTF-8 is never shorter than UTF-16 code units, so most texts are judged by length alone.
	if (yaml.length <= MAX_FRONT_MATTER_BYTES / 3) return null;
	const size = utf8Bytes(yaml);
	if (size <= MAX_FRONT_MATTER_BYTES) return null;
	return (
		`The front matter is ${describe(size)}; the limit is ${describe(MAX_FRONT_MATTER_BYTES)}. ` +
		'It was left out and its fields were not read: fill in Title, Source and Date below.'
	);
}

export function readFrontMatter(yaml: string): HeaderFields {
	const out: HeaderFields = {
		title: null,
		source: null,
		published: null,
		dateline: null,
		language: null,
		problems: []
	};
	const tooBig = frontMatterSizeProblem(yaml);
	if (tooBig) return { ...out, problems: [tooBig] };
	const doc = parseDocument(yaml, { prettyErrors: false });
	const error = doc.errors[0];
	if (error) {
		out.problems.push(`The front matter is not valid YAML (${error.message.split('\n')[0]}).`);
		return out;
	}
	const parsed = yamlValue(doc);
	if (!parsed.ok) return { ...out, problems: [`The front matter ${parsed.reason}.`] };
	const data = parsed.value;
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return { ...out, problems: ['The front matter is not a list of “field: value” lines.'] };
	}
	for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
		// Own keys only: 'constructor' is on every object's prototype. url and slug are not asked
		// for on this form; the language is kept, unseen, as a clue for extraction.
		if (!Object.hasOwn(FIELD_LABELS, key)) continue;
		const field = key as Field;
		const result = articleMetaSchema.shape[field].safeParse(value);
		if (result.success && typeof result.data === 'string') out[field] = result.data;
		else {
			const reason = result.success ? 'is not text' : result.error.issues[0]!.message;
			out.problems.push(
				`Front matter field “${key}” (${FIELD_LABELS[field]}) ${reason}: got ${shownValue(value)}. Fill it in below.`
			);
		}
	}
	return out;
}
