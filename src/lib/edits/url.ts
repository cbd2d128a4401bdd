/**
 * Reads edits back from a link (`?edits=`, written by `./link`) or a store. Pure. A value that is
 * not ours (cut short, hand-edited, from another version) gives a notice and no edits, never an
 * error page; edits for figures the article does not have are dropped with a notice, since they
 * could only label the wrong thing.
 */
import { quoteForNotice } from '$lib/view/quote';
import { fromBase64 } from '$lib/encoding/base64';
import { EDITS_PARAM_MAX } from './link';
import type { Edits } from './model';
import { editsSchema } from './schema';

export interface DecodedEdits {
	edits: Edits | null;
	notices: string[];
}

export function decodeEdits(value: string, figureIds: ReadonlySet<string>): DecodedEdits {
	const refused = (why: string): DecodedEdits => ({
		edits: null,
		notices: [
			`The link's edits ${quoteForNotice(value)} ${why}; the charts are shown without them.`
		]
	});
	if (value.length > EDITS_PARAM_MAX) return refused('are too long to be read');
	let json: unknown;
	try {
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64(value)));
	} catch {
		return refused('could not be read (the link may have been cut short)');
	}
	const parsed = editsSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return refused(`are not valid (${issue.path.join('.') || 'edits'}: ${issue.message})`);
	}
	const unknown = Object.keys(parsed.data.figures).filter((id) => !figureIds.has(id));
	const figures = Object.fromEntries(
		Object.entries(parsed.data.figures).filter(([id]) => figureIds.has(id))
	);
	return {
		edits: { ...parsed.data, figures },
		notices: unknown.length
			? [
					`The link edits ${unknown.length === 1 ? 'a figure' : `${unknown.length} figures`} this article does not have (${unknown
						.slice(0, 3)
						.map((id) => quoteForNotice(id))
						.join(', ')}); ${unknown.length === 1 ? 'that edit was' : 'those edits were'} ignored.`
				]
			: []
	};
}

/** Edits a store kept, checked as a link's are; null when they are not edits this version reads. */
export function parseStoredEdits(raw: unknown): Edits | null {
	const parsed = editsSchema.safeParse(raw);
	return parsed.success ? parsed.data : null;
}
