/**
 * The paste page's view of the articles saved in this browser, as runes state: the list, whether
 * it can be trusted (read, still loading, waiting on another tab, unreadable), and the last storage
 * problem as a sentence for the reader. It keeps itself current: another tab's saves and deletes
 * refresh it, and an upgrade in another tab closes it with a message (`tabs.ts`).
 */
import {
	CLOSED_MESSAGE,
	deleteSaved,
	getSaved,
	listSaved,
	saveArticle,
	type SavedArticle
} from './articles';
import { onStorageNews } from './tabs';

export type ListState = 'loading' | 'ready' | 'blocked' | 'unavailable';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class SavedList {
	items = $state<SavedArticle[]>([]);
	state = $state<ListState>('loading');
	/** The last storage failure, for an alert; null once a save succeeds. */
	error = $state<string | null>(null);

	async refresh(): Promise<void> {
		try {
			this.items = await listSaved();
			this.state = 'ready';
		} catch (e) {
			this.error = message(e);
			this.items = [];
			this.state = 'unavailable';
		}
	}

	/** Saves, then lists again; a failure is reported, never thrown. */
	async save(article: SavedArticle): Promise<void> {
		try {
			await saveArticle(article);
			this.error = null;
		} catch (e) {
			this.error = message(e);
		}
		await this.refresh();
	}

	async remove(article: SavedArticle): Promise<void> {
		await deleteSaved(article.id).catch((e: unknown) => (this.error = message(e)));
		await this.refresh();
	}

	/** The article as saved now: null when it is gone, undefined when storage failed (see `error`). */
	async current(id: string): Promise<SavedArticle | null | undefined> {
		try {
			return await getSaved(id);
		} catch (e) {
			this.error = message(e);
			return undefined;
		}
	}

	/** Follows the other tabs until the returned function is called (on unmount). */
	watch(): () => void {
		return onStorageNews((news) => {
			if (news === 'changed') void this.refresh();
			else if (news === 'blocked') this.state = 'blocked';
			else {
				this.error = CLOSED_MESSAGE;
				this.items = [];
				this.state = 'unavailable';
			}
		});
	}
}
