/**
 * Undo and redo for edits. Pure: states in, states out. Consecutive changes to the same field (each
 * keystroke in a label) fold into one step, so Ctrl+Z undoes a label, not a letter.
 */
export class History<T> {
	#past: T[] = [];
	#future: T[] = [];
	#lastKey: string | null = null;

	constructor(
		public current: T,
		private readonly limit = 200
	) {}

	/** Moves to `next`; `key` names the field changed, to fold keystrokes into one step. */
	push(next: T, key: string | null = null): void {
		if (key === null || key !== this.#lastKey) {
			this.#past.push(this.current);
			if (this.#past.length > this.limit) this.#past.shift();
		}
		this.#lastKey = key;
		this.current = next;
		this.#future = [];
	}

	get canUndo(): boolean {
		return this.#past.length > 0;
	}
	get canRedo(): boolean {
		return this.#future.length > 0;
	}

	undo(): T {
		const previous = this.#past.pop();
		if (previous === undefined) return this.current;
		this.#future.push(this.current);
		this.current = previous;
		this.#lastKey = null;
		return previous;
	}

	redo(): T {
		const next = this.#future.pop();
		if (next === undefined) return this.current;
		this.#past.push(this.current);
		this.current = next;
		this.#lastKey = null;
		return next;
	}
}
