/**
 * Where a reader's edits are kept: in localStorage for a built-in article (its text ships with the
 * site, so only the edits need room), and with a pasted article in IndexedDB (`./saved-edits`).
 * Each store reports a failure as a sentence a reader can act on; nothing it holds is removed.
 */
import { storageMessage, StorageError } from '$lib/storage/errors';
import type { Edits } from '$lib/edits/model';

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
