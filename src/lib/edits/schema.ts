/**
 * What an editor changes before publishing, as plain JSON keyed by figure and chart id: the same
 * shape in the URL, in browser storage and (with quotes in place of ids) in `data/notes`. Types are
 * inferred from the schemas, so anything read back from a link or a store is checked first.
 */
import { z } from 'zod';
import { isoDate } from '$lib/articles/schema';
import { CHART_IDS } from '$lib/charts/spec';
import { isCurrencyCode } from '$lib/currency/codes';
import { FIGURE_KINDS } from '$lib/figures/model';

/** Long enough for any label a person means to write; charts cut it, the table keeps it whole. */
export const TEXT_MAX = 10_000;
const text = z.string().max(TEXT_MAX, `must be at most ${TEXT_MAX} characters`);

/** Kinds a value can be corrected to: a full date needs a day, which a number cannot carry. */
export const CORRECTABLE_KINDS = FIGURE_KINDS.filter((k) => k !== 'date');

export const correctionSchema = z
	.object({
		value: z.number().finite(),
		kind: z.enum(FIGURE_KINDS).optional(),
		currency: z
			.string()
			.refine(isCurrencyCode, 'must be a currency the dashboard converts')
			.optional()
	})
	.strict();

export const figureEditSchema = z
	.object({
		label: text.optional(),
		hidden: z.boolean().optional(),
		correction: correctionSchema.optional()
	})
	.strict();

export const chartEditSchema = z
	.object({ title: text.optional(), subtitle: text.optional() })
	.strict();

export const eventSchema = z
	.object({
		quote: z
			.string()
			.trim()
			.min(3, 'must quote at least 3 characters of the article')
			.max(TEXT_MAX),
		date: isoDate,
		label: z.string().trim().min(1, 'must not be empty').max(TEXT_MAX)
	})
	.strict();

export const editsSchema = z
	.object({
		charts: z.partialRecord(z.enum(CHART_IDS), chartEditSchema).default({}),
		figures: z.record(z.string().regex(/^[a-z0-9-]{1,160}$/), figureEditSchema).default({}),
		events: z.array(eventSchema).max(200).default([])
	})
	.strict();

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
