/**
 * Editorial notes: optional, one file per article (`data/notes/<slug>.yml`). They give figures
 * better labels, add timeline events the article implies but does not state as figures, and name the
 * reference data a chart sets the article's numbers against. Everything is anchored by a text quote,
 * so a note that no longer matches the article fails the build instead of labelling the wrong number.
 */
import { z } from 'zod';
import { isoDate } from '$lib/articles/schema';

const quote = z.string().trim().min(3, 'must quote at least 3 characters of the article');

/** `sipri:<ISO3>:<year>` or `fact:<fact_id>` from data/reference/key_facts.csv. */
const referenceId = z
	.string()
	.regex(/^(?:sipri:[A-Z]{3}:\d{4}|fact:[a-z0-9_]+)$/, 'must be sipri:<ISO3>:<year> or fact:<id>');

export const notesSchema = z
	.object({
		figures: z
			.array(z.object({ quote, label: z.string().trim().min(1).max(80) }).strict())
			.default([]),
		events: z
			.array(
				z
					.object({
						quote,
						date: isoDate,
						label: z.string().trim().min(1).max(80)
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

export const EMPTY_NOTES: Notes = { figures: [], events: [], context: { percent: [], series: {} } };
