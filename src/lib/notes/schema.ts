/**
 * Editorial notes: optional, one file per article (`data/notes/<slug>.yml`). They give figures
 * better labels, hide or correct them, retitle charts, add timeline events the article implies but
 * does not state as figures, and name the reference data a chart sets the article's numbers against.
 * The dashboard's "Download notes" writes this format, so what an editor does in the browser can be
 * committed as it is. Everything is anchored by a text quote, so a note that no longer matches the
 * article fails the build instead of labelling the wrong number.
 */
import { z } from 'zod';
import { isoDate } from '$lib/articles/schema';
import { TEXT_MAX } from '$lib/edits/model';
import { chartEditSchema, correctionSchema } from '$lib/edits/schema';
import { CHART_IDS } from '$lib/charts/spec';

const quote = z.string().trim().min(3, 'must quote at least 3 characters of the article');

/** `sipri:<ISO3>:<year>` or `fact:<fact_id>` from data/reference/key_facts.csv. */
const referenceId = z
	.string()
	.regex(/^(?:sipri:[A-Z]{3}:\d{4}|fact:[a-z0-9_]+)$/, 'must be sipri:<ISO3>:<year> or fact:<id>');

export const notesSchema = z
	.object({
		/** Chart id → the editor's title and subtitle. */
		charts: z.partialRecord(z.enum(CHART_IDS), chartEditSchema).default({}),
		/** Every figure inside the quote gets the label, is hidden or is corrected. */
		figures: z
			.array(
				z
					.object({
						quote,
						label: z.string().trim().min(1).max(TEXT_MAX).optional(),
						hidden: z.boolean().optional(),
						correction: correctionSchema.optional()
					})
					.strict()
					.refine(
						(n) => n.label !== undefined || n.hidden !== undefined || n.correction !== undefined,
						'needs a label, hidden or correction'
					)
			)
			.default([]),
		events: z
			.array(
				z
					.object({
						quote,
						date: isoDate,
						label: z.string().trim().min(1).max(TEXT_MAX)
					})
					.strict()
			)
			.default([]),
		context: z
			.object({
				percent: z
					.array(z.object({ ref: referenceId, label: z.string().trim().min(1).max(80) }).strict())
					.default([]),
				guideline: z
					.object({ ref: referenceId, label: z.string().trim().min(1).max(80) })
					.strict()
					.optional(),
				/** Reference series charted beside the article's figures (data/reference). */
				series: z
					.object({
						budget: z.literal(true).optional(),
						share: z
							.object({ iso3: z.string().regex(/^[A-Z]{3}$/), targetFact: z.string().min(1) })
							.strict()
							.optional(),
						industry: z
							.object({
								year: z.number().int().min(2000).max(2100),
								industryFact: z.string().min(1),
								companies: z.array(z.string().min(1)).min(1)
							})
							.strict()
							.optional()
					})
					.strict()
					.default({})
			})
			.strict()
			.default({ percent: [], series: {} })
	})
	.strict();

export type Notes = z.infer<typeof notesSchema>;

export const EMPTY_NOTES: Notes = {
	charts: {},
	figures: [],
	events: [],
	context: { percent: [], series: {} }
};
