/**
 * The edits' schemas, for what comes from outside: a link, a store, a notes file, the event form.
 * Loaded on demand in the browser (zod stays off the first load); the types and the logic that
 * needs none of it are in `./model`.
 */
import { z } from 'zod';
import { isoDate } from '$lib/articles/schema';
import { CHART_IDS } from '$lib/charts/spec';
import { isCurrencyCode } from '$lib/currency/codes';
import { FIGURE_KINDS } from '$lib/figures/model';

import { TEXT_MAX } from './model';

const text = z.string().max(TEXT_MAX, `must be at most ${TEXT_MAX} characters`);

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
