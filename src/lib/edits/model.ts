/**
 * What an editor changes before publishing, as plain JSON keyed by figure and chart id: the same
 * shape in the URL, in browser storage and (with quotes in place of ids) in `data/notes`. The types
 * are inferred from the schemas in `./schema`, which check anything read back from outside; this
 * module holds what the dashboard needs on every load, without zod.
 */
import type { z } from 'zod';
import { FIGURE_KINDS } from '$lib/figures/model';
import type {
	chartEditSchema,
	correctionSchema,
	editsSchema,
	eventSchema,
	figureEditSchema
} from './schema';

/** Long enough for any label a person means to write; charts cut it, the table keeps it whole. */
export const TEXT_MAX = 10_000;

/** Kinds a value can be corrected to: a full date needs a day, which a number cannot carry. */
export const CORRECTABLE_KINDS = FIGURE_KINDS.filter((k) => k !== 'date');

export type Correction = z.infer<typeof correctionSchema>;
export type FigureEdit = z.infer<typeof figureEditSchema>;
export type ChartEdit = z.infer<typeof chartEditSchema>;
export type EventEdit = z.infer<typeof eventSchema>;
export type Edits = z.infer<typeof editsSchema>;

export const EMPTY_EDITS: Edits = { charts: {}, figures: {}, events: [] };

/** Whether `edits` changes anything at all (an empty label or title changes nothing). */
export function hasEdits(edits: Edits): boolean {
	const set = (v: string | undefined) => v !== undefined && v.trim() !== '';
	return (
		edits.events.length > 0 ||
		Object.values(edits.charts).some((c) => set(c?.title) || set(c?.subtitle)) ||
		Object.values(edits.figures).some(
			(f) => set(f.label) || f.hidden !== undefined || f.correction !== undefined
		)
	);
}

/** `over` on top of `base`, field by field: a later edit of one field keeps the others. */
export function mergeEdits(base: Edits, over: Edits): Edits {
	const charts: Edits['charts'] = { ...base.charts };
	for (const [id, edit] of Object.entries(over.charts) as [keyof Edits['charts'], ChartEdit][]) {
		charts[id] = { ...charts[id], ...edit };
	}
	const figures: Edits['figures'] = { ...base.figures };
	for (const [id, edit] of Object.entries(over.figures)) figures[id] = { ...figures[id], ...edit };
	return { charts, figures, events: [...base.events, ...over.events] };
}
