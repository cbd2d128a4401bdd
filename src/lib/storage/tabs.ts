/**
 * News about the saved articles that an open page must act on:
 * - `changed`: a tab saved or deleted an article (sent to the other tabs over a BroadcastChannel),
 *   so a list shown elsewhere is stale;
 * - `blocked`: this tab asked for a newer database version and an older tab still holds the old one
 *   open; the request waits until that tab lets go;
 * - `closed`: another tab is upgrading the database, so this tab closed its connection (or it would
 *   block the upgrade) and cannot read or write until it is reloaded.
 * Browser only. Without BroadcastChannel (very old browsers) only this tab's own news arrives.
 */
export type StorageNews = 'changed' | 'blocked' | 'closed';

const CHANNEL = 'defence-figures:saved-articles';
const listeners = new Set<(news: StorageNews) => void>();
let channel: BroadcastChannel | null | undefined;

function joined(): BroadcastChannel | null {
	if (channel === undefined) {
		channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
		// Only the one message this module sends is acted on; anything else on the channel is ignored.
		channel?.addEventListener('message', (event) => {
			if (event.data === 'changed') tell('changed');
		});
	}
	return channel;
}

/** Tells this tab's listeners. */
export function tell(news: StorageNews): void {
	for (const listener of listeners) listener(news);
}

/** Tells the other tabs that the saved articles changed. */
export function broadcastChange(): void {
	joined()?.postMessage('changed');
}

/** Calls `listener` with each piece of news until the returned function is called. */
export function onStorageNews(listener: (news: StorageNews) => void): () => void {
	joined();
	listeners.add(listener);
	return () => listeners.delete(listener);
}
