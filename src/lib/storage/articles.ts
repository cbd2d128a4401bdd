/**
 * Articles a reader added, kept in IndexedDB so they survive reloads. The raw IndexedDB API, wrapped
 * in a few promises: the `idb` package would save ten lines and add a dependency.
 *
 * Failure never costs data: the store is created if missing and never deleted or cleared, a failed
 * write aborts only its own transaction, and every failure becomes a `StorageError` whose message
 * a reader can act on (quota full, private mode, storage switched off). Other tabs are told of every
 * save and delete, and a tab steps aside when another upgrades the database (`tabs.ts`).
 */
import { articleMetaSchema } from '$lib/articles/schema';
import type { PastedArticle } from '$lib/paste/article-file';
import { StorageError, storageMessage } from './errors';
import { broadcastChange, tell } from './tabs';

export interface SavedArticle extends PastedArticle {
	id: string;
	/** ISO timestamp, to list the newest first. */
	savedAt: string;
	/** The reader's edits to its charts, as stored: checked against the edits schema when read. */
	edits?: unknown;
}

const DB_NAME = 'defence-figures';
const DB_VERSION = 1;
const STORE = 'articles';

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
	});
}

let opening: Promise<IDBDatabase> | undefined;
/** Set once another tab upgrades the database: this tab's code may not know the new version. */
let closedFor: string | null = null;

export const CLOSED_MESSAGE =
	'The saved articles were upgraded by a newer version of this site in another tab. Reload this page to see and save articles again.';

function open(): Promise<IDBDatabase> {
	if (typeof indexedDB === 'undefined') {
		return Promise.reject(new DOMException('IndexedDB is not available', 'InvalidStateError'));
	}
	if (closedFor) return Promise.reject(new StorageError(closedFor));
	opening ??= new Promise<IDBDatabase>((resolve, reject) => {
		const req = indexedDB.open(DB_NAME, DB_VERSION);
		req.onupgradeneeded = () => {
			// Only ever add: a version bump must migrate, never drop what a reader saved.
			if (!req.result.objectStoreNames.contains(STORE)) {
				req.result.createObjectStore(STORE, { keyPath: 'id' });
			}
		};
		req.onsuccess = () => {
			const db = req.result;
			// Another tab wants a newer version: let go at once, or its upgrade waits on this tab.
			db.onversionchange = () => {
				db.close();
				closedFor = CLOSED_MESSAGE;
				opening = undefined;
				tell('closed');
			};
			resolve(db);
		};
		req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
		// An older tab holds the database open; the request goes on once it lets go, so wait.
		req.onblocked = () => tell('blocked');
	}).catch((e: unknown) => {
		opening = undefined; // let a later attempt try again
		throw e;
	});
	return opening;
}

async function run<T>(
	action: string,
	mode: IDBTransactionMode,
	body: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	try {
		const db = await open();
		const tx = db.transaction(STORE, mode);
		// A write is only safe once its transaction commits: quota errors arrive as an abort.
		const committed = new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
		});
		committed.catch(() => {}); // observed below, or superseded by the request's own error
		const result = await request(body(tx.objectStore(STORE)));
		await committed;
		return result;
	} catch (e) {
		throw e instanceof StorageError ? e : new StorageError(storageMessage(action, e));
	}
}

/** Anything else in the store (a record from a future version, a hand edit) is skipped, not fatal. */
function isSaved(value: unknown): value is SavedArticle {
	const v = value as SavedArticle | null;
	return (
		typeof v?.id === 'string' &&
		typeof v.text === 'string' &&
		typeof v.savedAt === 'string' &&
		// The same schema as data/articles: a record from another version or a hand edit with a
		// bad date is skipped here rather than failing when its header is drawn.
		articleMetaSchema.safeParse(v.meta).success
	);
}

export async function listSaved(): Promise<SavedArticle[]> {
	const all = await run('read the saved articles', 'readonly', (s) => s.getAll());
	return all.filter(isSaved).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function getSaved(id: string): Promise<SavedArticle | null> {
	const found: unknown = await run('open the saved article', 'readonly', (s) => s.get(id));
	return isSaved(found) ? found : null;
}

/**
 * Reads the record under `id` and writes `change(record)` back in the same transaction, so a
 * write from another tab cannot land between the two. `change` returning null writes nothing.
 */
async function update(
	action: string,
	id: string,
	change: (current: SavedArticle | null) => SavedArticle | null
): Promise<boolean> {
	let wrote = false;
	// A put that throws (quota, a value it cannot clone) inside the listener would only surface as
	// an "uncaught exception" abort; keep its own error for the reader's message.
	let failure: unknown = null;
	try {
		await run(action, 'readwrite', (s) => {
			const req = s.get(id);
			req.addEventListener('success', () => {
				const next = change(isSaved(req.result) ? req.result : null);
				if (!next) return;
				try {
					// $state proxies cannot be cloned into IndexedDB; store a plain copy.
					s.put(JSON.parse(JSON.stringify(next)));
					wrote = true;
				} catch (e) {
					failure = e;
					s.transaction.abort();
				}
			});
			return req;
		});
	} catch (e) {
		throw failure ? new StorageError(storageMessage(action, failure)) : e;
	}
	return wrote;
}

export async function saveArticle(article: SavedArticle): Promise<void> {
	// The same article pasted again keeps the edits made to it since.
	await update('save this article', article.id, (current) =>
		current?.edits !== undefined && article.edits === undefined
			? { ...article, edits: current.edits }
			: article
	);
	broadcastChange();
}

/** Keeps a reader's edits with their article; refused when the article is no longer saved. */
export async function saveEdits(id: string, edits: unknown): Promise<void> {
	const wrote = await update('save your edits', id, (current) =>
		current ? { ...current, edits } : null
	);
	if (!wrote) {
		throw new StorageError(
			'Could not save your edits: this article is no longer saved in this browser (it was deleted, perhaps in another tab). The edits stay in this page and its link.'
		);
	}
}

export async function deleteSaved(id: string): Promise<void> {
	await run('delete the article', 'readwrite', (s) => s.delete(id));
	broadcastChange();
}
