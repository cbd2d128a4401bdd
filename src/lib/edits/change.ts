/**
 * One change to the edits, as the editor panel makes it: a new Edits value, never a mutation, so
 * each step can be undone. Pure.
 */
import type { ChartId } from '$lib/charts/spec';
import type { ChartEdit, Edits, EventEdit, FigureEdit } from './schema';

export function withChart(edits: Edits, id: ChartId, change: ChartEdit): Edits {
	return { ...edits, charts: { ...edits.charts, [id]: { ...edits.charts[id], ...change } } };
}

/** `undefined` in `change` removes that field, so a cleared correction leaves no trace. */
export function withFigure(edits: Edits, id: string, change: Partial<FigureEdit>): Edits {
	const next: FigureEdit = { ...edits.figures[id], ...change };
	for (const key of Object.keys(next) as (keyof FigureEdit)[]) {
		if (next[key] === undefined) delete next[key];
	}
	const figures = { ...edits.figures };
	if (Object.keys(next).length) figures[id] = next;
	else delete figures[id];
	return { ...edits, figures };
}

export function withEvent(edits: Edits, event: EventEdit): Edits {
	return { ...edits, events: [...edits.events, event] };
}

export function withoutEvent(edits: Edits, index: number): Edits {
	return { ...edits, events: edits.events.filter((_, i) => i !== index) };
}
