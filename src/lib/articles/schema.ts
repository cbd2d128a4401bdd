/**
 * The one schema for article metadata. Types are inferred from it, so the loader, the CLI and the
 * paste page agree on what an article is. Pure: zod only.
 */
import { config, z } from 'zod';

// Zod 4 probes for `new Function` to compile a fast path; under the site's CSP (no 'unsafe-eval')
// that probe is reported as a violation. Validating a few fields needs no fast path.
config({ jitless: true });

/** YYYY-MM-DD that names a real calendar day (2023-02-30 is refused, not rolled over). */
export const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
	.refine((s) => {
		const d = new Date(`${s}T00:00:00Z`);
		return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
	}, 'is not a real calendar date');

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const articleMetaSchema = z
	.object({
		title: z.string().trim().min(1, 'must not be empty').max(300),
		source: z.string().trim().min(1, 'must not be empty').max(200),
		published: isoDate,
		dateline: z.string().trim().min(1, 'must not be empty').max(100).optional(),
		// Links to the original only: a javascript: or data: URL would become an href.
		url: z.url({ protocol: /^https?$/ }).optional(),
		language: z
			.string()
			.regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'must be a language tag such as en')
			.default('en'),
		/** Overrides the slug taken from the file name. */
		slug: z.string().regex(SLUG, 'must be lower-case words joined by hyphens').optional()
	})
	// Unknown keys are refused so that a typo ("publised") fails loudly instead of being ignored.
	.strict();

export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export interface ArticleSource {
	slug: string;
	/** Where the article came from, for messages: a file path or "pasted text". */
	origin: string;
	meta: ArticleMeta;
	/** The body exactly as published, with trailing whitespace trimmed. */
	text: string;
	/** Offset of `text` in the raw file, and its first line, to report positions in the file. */
	bodyOffset: number;
	bodyLine: number;
}
