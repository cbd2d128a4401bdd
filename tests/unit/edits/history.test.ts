import { describe, expect, it } from 'vitest';
import { History } from '$lib/edits/history';

describe('History', () => {
	it('starts with nothing to undo or redo, and undo or redo then change nothing', () => {
		const h = new History('start');
		expect([h.canUndo, h.canRedo]).toEqual([false, false]);
		expect(h.undo()).toBe('start');
		expect(h.redo()).toBe('start');
		expect(h.current).toBe('start');
	});

	it('folds consecutive pushes with the same key into one step', () => {
		const h = new History('');
		for (const typed of ['J', 'Ja', 'Jap', 'Japan']) h.push(typed, 'label:money-56-billion');
		expect(h.current).toBe('Japan');
		expect(h.undo()).toBe('');
		expect(h.canUndo).toBe(false);
		expect(h.redo()).toBe('Japan');
	});

	it('keeps a step for each change of key', () => {
		const h = new History('a');
		h.push('ab', 'label:one');
		h.push('abc', 'label:two');
		h.push('abcd', 'label:one');
		expect([h.undo(), h.undo(), h.undo()]).toEqual(['abc', 'ab', 'a']);
		expect(h.canUndo).toBe(false);
	});

	it('never folds pushes without a key', () => {
		const h = new History(0);
		h.push(1);
		h.push(2);
		expect([h.undo(), h.undo()]).toEqual([1, 0]);
	});

	it('starts a new step after an undo, even for the same key', () => {
		const h = new History('');
		h.push('a', 'title');
		expect(h.undo()).toBe('');
		expect(h.redo()).toBe('a');
		h.push('ab', 'title');
		// Folding into the redone step would take the undo back past 'a'.
		expect(h.undo()).toBe('a');
		expect(h.undo()).toBe('');
	});

	it('drops the redo steps when a new change is pushed', () => {
		const h = new History('x');
		h.push('y', 'k');
		h.undo();
		expect(h.canRedo).toBe(true);
		h.push('z', 'k');
		expect(h.canRedo).toBe(false);
		expect(h.redo()).toBe('z');
	});

	it('keeps exactly `limit` steps: the oldest is dropped one past it', () => {
		const at = new History(0, 3);
		for (const n of [1, 2, 3]) at.push(n);
		expect([at.undo(), at.undo(), at.undo()]).toEqual([2, 1, 0]);
		expect(at.canUndo).toBe(false);

		const past = new History(0, 3);
		for (const n of [1, 2, 3, 4]) past.push(n);
		expect([past.undo(), past.undo(), past.undo()]).toEqual([3, 2, 1]);
		expect(past.canUndo).toBe(false);
		expect(past.undo()).toBe(1);
	});
});
