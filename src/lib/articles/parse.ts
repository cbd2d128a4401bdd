/**
 * Parses one article file (YAML front matter + body) into a validated `ArticleSource`.
 *
 * Pure: takes the raw text and a name for messages, touches no file system, so the build, the CLI
 * and the paste page share it. Every failure is an `ArticleError` naming the file, line and field.
 */
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { articleMetaSchema, SLUG, type ArticleSource } from './schema';
import { splitArticle } from './split';
import { shownValue, yamlValue } from './yaml-value';

export class ArticleError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly field: string,
		readonly reason: string
	) {
		super(`${file}:${line}: ${field}: ${reason}`);
		this.name = 'ArticleError';
	}
}

/** The 1-based file line of a top-level key, so a schema error points at the line to fix. */
function keyLines(yaml: string, firstLine: number): Map<string, number> {
	const counter = new LineCounter();
	const doc = parseDocument(yaml, { lineCounter: counter });
	const lines = new Map<string, number>();
	if (!isMap(doc.contents)) return lines;
	for (const pair of doc.contents.items) {
		if (isScalar(pair.key) && pair.key.range) {
			lines.set(String(pair.key.value), counter.linePos(pair.key.range[0]).line + firstLine - 1);
		}
	}
	return lines;
}

const UNKNOWN_KEY = `is not a known field (the fields are ${Object.keys(articleMetaSchema.shape).join(', ')})`;

export function slugFromName(name: string): string {
	const base = name.split(/[\\/]/).pop() ?? name;
	return base.replace(/\.(md|markdown|txt)$/i, '').toLowerCase();
}

export function parseArticle(raw: string, file: string): ArticleSource {
	const split = splitArticle(raw);
	if (split.frontMatter === null) {
		throw new ArticleError(
			file,
			1,
			'front matter',
			'missing: the file must start with a --- block'
		);
	}
	const counter = new LineCounter();
	const doc = parseDocument(split.frontMatter, { prettyErrors: false, lineCounter: counter });
	const yamlError = doc.errors[0];
	if (yamlError) {
		const line = counter.linePos(yamlError.pos[0]).line + split.frontMatterLine - 1;
		throw new ArticleError(file, line, 'front matter', `invalid YAML: ${yamlError.message}`);
	}
	const parsed = yamlValue(doc);
	if (!parsed.ok)
		throw new ArticleError(file, split.frontMatterLine, 'front matter', parsed.reason);
	const data = parsed.value;
	const result = articleMetaSchema.safeParse(data, { reportInput: true });
	if (!result.success) {
		const lines = keyLines(split.frontMatter, split.frontMatterLine);
		// An unknown key first: "publised" is why "published" is missing, so name the typo and its line.
		const unknown = result.error.issues.find((i) => i.code === 'unrecognized_keys');
		if (unknown) {
			const keys = unknown.keys.map((k) => ({ key: k, line: lines.get(k) ?? 0 }));
			const first = keys.sort((a, b) => a.line - b.line)[0]!;
			throw new ArticleError(file, first.line || split.frontMatterLine, first.key, UNKNOWN_KEY);
		}
		const issue = result.error.issues[0]!;
		const field = issue.path.join('.') || 'front matter';
		const line = lines.get(field) ?? split.frontMatterLine - 1;
		const missing = issue.code === 'invalid_type' && issue.input === undefined;
		const reason = missing ? 'is required' : `${issue.message} (got ${shownValue(issue.input)})`;
		throw new ArticleError(file, line, field, reason);
	}
	const text = split.body.trimEnd();
	if (text.trim() === '') {
		throw new ArticleError(
			file,
			split.bodyLine,
			'body',
			'is empty: the article text must follow the front matter'
		);
	}
	const slug = result.data.slug ?? slugFromName(file);
	if (!SLUG.test(slug)) {
		throw new ArticleError(file, 1, 'slug', `"${slug}" must be lower-case words joined by hyphens`);
	}
	return {
		slug,
		origin: file,
		meta: result.data,
		text,
		bodyOffset: split.bodyOffset,
		bodyLine: split.bodyLine
	};
}
