/**
 * One change to the edits, as the editor panel makes it: a new Edits value, never a mutation, so
 * each step can be undone. Pure.
 */
import type { ChartId } from '$lib/charts/spec';
import type { Figure, FigureKind } from '$lib/figures/model';
import { correctionProblem } from './apply';
import type { ChartEdit, Correction, Edits, EventEdit, FigureEdit } from './model';

/** The kinds as the editor's "Kind of figure n" select names them. */
export const KIND_NAMES: Record<FigureKind, string> = {
	money: 'Money',
	percent: 'Percentage',
	year: 'Year',
	date: 'Date',
	quantity: 'Quantity'
};

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

/**
 * One field of a figure's correction changed (its value, kind or currency), the others kept; the
 * value starts from the article's when only the kind or currency is changed. Refused, with the
 * reason, when the result cannot be charted (money with no currency, a fractional year).
 */
export function withCorrection(
	edits: Edits,
	figure: Figure,
	change: Partial<Correction>
): { edits: Edits | null; problem: string | null } {
	const current = edits.figures[figure.id]?.correction;
	const next: Correction = {
		value: current?.value ?? figure.value,
		...(current?.kind ? { kind: current.kind } : {}),
		...(current?.currency ? { currency: current.currency } : {}),
		...change
	};
	if (next.kind === figure.kind) delete next.kind;
	// A value moved to money shows a currency in its select: the one shown is the one taken.
	if ((next.kind ?? figure.kind) === 'money' && !next.currency && !figure.currency) {
		next.currency = 'USD';
	}
	const problem = correctionProblem(figure, next);
	return problem
		? { edits: null, problem }
		: { edits: withFigure(edits, figure.id, { correction: next }), problem: null };
}
