/**
 * Edits in a shared link: `?edits=<base64url of the JSON>`, so whoever opens the link sees the
 * charts as edited. Pure, and without zod: writing the link happens on every edit, reading it back
 * (`./url`) only when a link or a store has something to read.
 */
import { toBase64Url } from '$lib/encoding/base64';
import { hasEdits, type Edits } from './model';

export const EDITS_PARAM = 'edits';
/** About 48 KB of URL: past it, a link is refused by some servers and mail clients anyway. */
export const EDITS_PARAM_MAX = 64_000;

/** The parameter's value, or null when there is nothing to carry. */
export function encodeEdits(edits: Edits): string | null {
	if (!hasEdits(edits)) return null;
	return toBase64Url(new TextEncoder().encode(JSON.stringify(edits)));
}
