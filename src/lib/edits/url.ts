/**
 * Edits in a shared link: `?edits=<base64url of the JSON>`, so whoever opens the link sees the
 * charts as edited. Pure. A value that is not ours (cut short, hand-edited, from another version)
 * gives a notice and no edits, never an error page; edits for figures the article does not have are
 * dropped with a notice, since they could only label the wrong thing.
 */
import { quoteForNotice } from '$lib/view/quote';
import { editsSchema, hasEdits, type Edits } from './schema';

export const EDITS_PARAM = 'edits';
/** About 48 KB of URL: past it, a link is refused by some servers and mail clients anyway. */
export const EDITS_PARAM_MAX = 64_000;

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The parameter's value, or null when there is nothing to carry. */
export function encodeEdits(edits: Edits): string | null {
	if (!hasEdits(edits)) return null;
	return toBase64Url(new TextEncoder().encode(JSON.stringify(edits)));
}

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
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(value)));
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
