/**
 * Parses a YAML data file and validates it with a zod schema, turning any failure into an
 * ArticleError that names the file, the line and the field, so every data file in the project
 * reports problems the same way. Returns the document too, for callers that need more line numbers.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { ArticleError } from '../articles/parse';
import { yamlValue } from '../articles/yaml-value';

export interface ParsedYaml<T> {
	data: T;
	/** The 1-based file line of the node at `path`, or 1 when there is none. */
	lineOf(path: (string | number)[]): number;
}

export function parseYamlFile<S extends z.ZodType>(
	raw: string,
	file: string,
	schema: S,
	/** Names the whole file in messages ("notes", "claims"). */
	what: string
): ParsedYaml<z.infer<S>> {
	const counter = new LineCounter();
	const doc: Document = parseDocument(raw, { lineCounter: counter, prettyErrors: false });
	const lineOf = (path: (string | number)[]) => {
		// The deepest node that exists: a missing key is reported at its parent's line.
		for (let n = path.length; n >= 0; n--) {
			const node = doc.getIn(path.slice(0, n), true) as { range?: number[] } | undefined;
			if (node?.range) return counter.linePos(node.range[0]!).line;
		}
		return 1;
	};
	const yamlError = doc.errors[0];
	if (yamlError) {
		throw new ArticleError(file, counter.linePos(yamlError.pos[0]).line, what, yamlError.message);
	}
	const parsed = yamlValue(doc);
	if (!parsed.ok) throw new ArticleError(file, 1, what, parsed.reason);
	const result = schema.safeParse(parsed.value, { reportInput: true });
	if (!result.success) {
		const issue = result.error.issues[0]!;
		const path = issue.path as (string | number)[];
		throw new ArticleError(file, lineOf(path), path.join('.') || what, issue.message);
	}
	return { data: result.data, lineOf };
}
