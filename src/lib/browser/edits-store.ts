/**
 * Where a reader's edits are kept: with a pasted article in IndexedDB, and in localStorage for a
 * built-in one (its text ships with the site, so only the edits need room). Each store reports a
 * failure as a sentence a reader can act on; nothing it already holds is removed.
 */
import { getSaved, saveEdits, storageMessage, StorageError } from '$lib/storage/articles';
import type { Edits } from '$lib/edits/schema';

export interface EditsStore {
	/** What was kept for this article, unchecked, or null when nothing was. */
	load(): Promise<unknown>;
	save(edits: Edits): Promise<void>;
}

const KEY_PREFIX = 'defence-figures:edits:';

export function localEditsStore(slug: string): EditsStore {
	const key = `${KEY_PREFIX}${slug}`;
	return {
		async load() {
			let raw: string | null;
			try {
				raw = localStorage.getItem(key);
			} catch (e) {
				throw new StorageError(storageMessage('read your saved edits', e));
			}
			if (raw === null) return null;
			try {
				return JSON.parse(raw) as unknown;
			} catch {
				return raw; // the schema check reports it
			}
		},
		async save(edits) {
			try {
				localStorage.setItem(key, JSON.stringify(edits));
			} catch (e) {
				throw new StorageError(storageMessage('save your edits', e));
			}
		}
	};
}

export function savedArticleEditsStore(id: string): EditsStore {
	return {
		async load() {
			return (await getSaved(id))?.edits ?? null;
		},
		save: (edits) => saveEdits(id, edits)
	};
}
