/**
 * A reader's edits to an article's charts and how they move: loaded from the link or the browser's
 * store, changed from "Edit chart", undone and redone, saved after every change, and written to the
 * link. Runes and no DOM: the component hands in the store and the URL writer.
 *
 * Nothing saved is lost: the link's edits are shown over the stored ones, which stay one undo away
 * and are only replaced once the reader changes something; stored edits that cannot be read are
 * left as they are until then, with a notice.
 */
import type { EditsStore } from '$lib/browser/edits-store';
import { History } from '$lib/edits/history';
import { EDITS_PARAM, encodeEdits } from '$lib/edits/link';
import { EMPTY_EDITS, hasEdits, type Edits } from '$lib/edits/model';

export class EditsController {
	edits = $state.raw<Edits>(EMPTY_EDITS);
	notices = $state<string[]>([]);
	/** The last save failure, shown until a save succeeds. */
	saveError = $state<string | null>(null);
	canUndo = $state(false);
	canRedo = $state(false);

	#history = new History<Edits>(EMPTY_EDITS);
	#store: EditsStore | null;
	#changed: () => void;
	#saving: Promise<void> | null = null;
	#pending: Edits | null = null;
	#loaded = false;

	constructor(store: EditsStore | null, changed: () => void) {
		this.#store = store;
		this.#changed = changed;
	}

	/**
	 * Applies what was stored, then the link's `edits` parameter on top (as its own undo step).
	 * Once: later navigations within the page do not reload what the reader has since changed.
	 */
	async load(linkValue: string | null, figureIds: ReadonlySet<string>): Promise<void> {
		if (this.#loaded) return;
		this.#loaded = true;
		const notices: string[] = [];
		let stored: Edits | null = null;
		try {
			const raw = await this.#store?.load();
			if (raw !== null && raw !== undefined) {
				const { parseStoredEdits } = await import('$lib/edits/url');
				stored = parseStoredEdits(raw);
				if (!stored)
					notices.push(
						'The edits this browser kept for this article could not be read, so they are not shown; they are left as they are until you edit again.'
					);
			}
		} catch (e) {
			notices.push((e as Error).message);
		}
		if (stored) this.#history = new History(stored);
		if (linkValue !== null) {
			// The schema loads only when there is something to read.
			const { decodeEdits } = await import('$lib/edits/url');
			const decoded = decodeEdits(linkValue, figureIds);
			notices.push(...decoded.notices);
			if (decoded.edits) {
				if (
					stored &&
					hasEdits(stored) &&
					JSON.stringify(stored) !== JSON.stringify(decoded.edits)
				) {
					notices.push(
						'This link carries its own edits, shown here. Your saved edits are kept: “Undo” (Ctrl+Z) brings them back.'
					);
				}
				this.#history.push(decoded.edits);
			}
		}
		this.notices = notices;
		this.#show();
	}

	/** The link's `edits=…` parameter for the current edits, or '' when there are none. */
	query(): string {
		const value = encodeEdits(this.edits);
		return value ? `${EDITS_PARAM}=${value}` : '';
	}

	/** A change from the editor; `key` names the field, so keystrokes in one field undo together. */
	change(next: Edits, key: string | null = null): void {
		this.#history.push(next, key);
		this.#commit();
	}

	undo(): void {
		if (!this.#history.canUndo) return;
		this.#history.undo();
		this.#commit();
	}

	redo(): void {
		if (!this.#history.canRedo) return;
		this.#history.redo();
		this.#commit();
	}

	reset(): void {
		if (!hasEdits(this.edits)) return;
		this.change(EMPTY_EDITS);
	}

	#show(): void {
		this.edits = this.#history.current;
		this.canUndo = this.#history.canUndo;
		this.canRedo = this.#history.canRedo;
	}

	#commit(): void {
		this.#show();
		this.#changed();
		this.#save(this.edits);
	}

	/** One write at a time; a change made meanwhile is written next, and only the newest. */
	#save(edits: Edits): void {
		if (!this.#store) return;
		if (this.#saving) {
			this.#pending = edits;
			return;
		}
		this.#saving = this.#store
			.save(edits)
			.then(
				() => {
					this.saveError = null;
				},
				(e: unknown) => {
					this.saveError = (e as Error).message;
				}
			)
			.finally(() => {
				this.#saving = null;
				const next = this.#pending;
				this.#pending = null;
				if (next) this.#save(next);
			});
	}
}
