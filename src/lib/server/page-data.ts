/**
 * Shapes one article into the plain JSON a dashboard page needs. Runs at build time (prerender), so
 * the browser receives figures already extracted, labelled by the editorial notes, and only the rates
 * it will use.
 */
import type { ArticleSource } from '$lib/articles/schema';
import { subsetTable } from '$lib/currency/subset';
import { extractFigures, splitSentences } from '$lib/figures';
import { applyNotes } from '$lib/notes/apply';
import type { ReferencePoint } from '$lib/charts/percent';
import type { DashboardData } from '$lib/view/dashboard';
import { budgetSeries, industryVsContractors, shareOfGdpPath } from '$lib/claims/series';
import { loadClaims } from './claims';
import { loadReferenceSeries } from './reference-series';
import { loadNotes } from './notes';
import { loadRates } from './rates';
import { lookupReference } from './reference';

export function articlePageData(article: ArticleSource): DashboardData {
	const sentences = splitSentences(article.text);
	const extracted = extractFigures(article.text, { published: article.meta.published });
	const notes = loadNotes(article);
	const { figures, events } = applyNotes(article.text, sentences, extracted, notes);
	const warnings: string[] = [];
	const point = (ref: string, label: string): ReferencePoint | null => {
		const found = lookupReference(ref);
		if (!found) {
			warnings.push(`Reference value ${ref} (${label}) is not in data/reference/; it is left out.`);
			return null;
		}
		return {
			label,
			value: found.value,
			period: found.period,
			source: found.source,
			verification: found.verification
		};
	};
	const context = notes.context.percent.flatMap((c) => point(c.ref, c.label) ?? []);
	const guideline = notes.context.guideline
		? point(notes.context.guideline.ref, notes.context.guideline.label)
		: null;
	const rates = subsetTable(loadRates(), [article.meta.published]);
	const wanted = notes.context.series;
	const ref = wanted.budget || wanted.share || wanted.industry ? loadReferenceSeries() : null;
	const at = { rates, on: article.meta.published };
	return {
		slug: article.slug,
		meta: article.meta,
		text: article.text,
		sentences,
		figures,
		events,
		context,
		guideline,
		rates,
		series: {
			budget: ref && wanted.budget ? budgetSeries(ref, at) : null,
			share: ref && wanted.share ? shareOfGdpPath(ref, wanted.share) : null,
			industry: ref && wanted.industry ? industryVsContractors(ref, at, wanted.industry) : null
		},
		// Claims are checked against the raw extraction, so a relabelling note cannot change a verdict.
		claims: loadClaims(article, sentences, extracted),
		warnings
	};
}
