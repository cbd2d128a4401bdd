/**
 * Storage failures as sentences a reader can act on, shared by the saved articles (IndexedDB) and
 * the edits kept for built-in articles (localStorage). No storage API is touched here, so a page
 * that only reports can import it without the rest.
 */
export class StorageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StorageError';
	}
}

/** A reader-facing sentence for a failed `action` ("save this article"). */
export function storageMessage(action: string, error: unknown): string {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'QuotaExceededError') {
		return `Could not ${action}: the browser's storage for this site is full. Articles saved earlier are kept; delete one to make room.`;
	}
	if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotAllowedError') {
		return `Could not ${action}: this browser does not allow saving here (private browsing, or site storage is turned off). Articles saved earlier are kept.`;
	}
	const detail = error instanceof Error ? error.message : String(error);
	return `Could not ${action} (${detail || name || 'storage error'}). Articles saved earlier are kept.`;
}
