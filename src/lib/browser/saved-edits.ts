/**
 * A pasted article's edits, kept in IndexedDB with the article itself, so a reload or reopening it
 * from the list brings them back. Only the paste page imports it.
 */
import { getSaved, saveEdits } from '$lib/storage/articles';
import type { EditsStore } from './edits-store';

export function savedArticleEditsStore(id: string): EditsStore {
	return {
		async load() {
			return (await getSaved(id))?.edits ?? null;
		},
		save: (edits) => saveEdits(id, edits)
	};
}
