/**
 * The reference values and series an article's editorial notes ask for, looked up in the loaded
 * reference data. Pure. A value or series the data lacks is left out with a warning, never an error:
 * a pasted article has no reference data, and a committed one may cite a value not yet added.
 */
import type { Notes } from '$lib/notes/schema';
import { lookupReference } from '$lib/reference/lookup';
import type { ReferencePoint, ReferenceSeries } from '$lib/reference/model';
import { budgetSeries, type AtDate } from '$lib/reference/series/budget';
import { industryVsContractors } from '$lib/reference/series/industry';
import { shareOfGdpPath } from '$lib/reference/series/share';
import type { ChartSeries } from './model';

export interface Context {
	context: ReferencePoint[];
	guideline: ReferencePoint | null;
	warnings: string[];
}

export function referenceContext(notes: Notes, reference: ReferenceSeries): Context {
	const warnings: string[] = [];
	const point = (ref: string, label: string): ReferencePoint | null => {
		const found = lookupReference(reference, ref);
		if (!found) {
			warnings.push(`Reference value ${ref} (${label}) is not in data/reference/; it is left out.`);
			return null;
		}
		const { value, period, source, verification } = found;
		return { label, value, period, source, verification };
	};
	const { percent, guideline } = notes.context;
	return {
		context: percent.flatMap((c) => point(c.ref, c.label) ?? []),
		guideline: guideline ? point(guideline.ref, guideline.label) : null,
		warnings
	};
}

export function chartSeries(
	notes: Notes,
	reference: ReferenceSeries,
	at: AtDate
): { series: ChartSeries; warnings: string[] } {
	const wanted = notes.context.series;
	const warnings: string[] = [];
	const missing = (what: string) => {
		warnings.push(`The ${what} series is not in the reference data; its chart is left out.`);
		return null;
	};
	const budget = !wanted.budget
		? null
		: reference.budget.length
			? budgetSeries(reference, at)
			: missing('defence budget');
	const share = !wanted.share
		? null
		: reference.shareOfGdp.length
			? shareOfGdpPath(reference, wanted.share)
			: missing('share of GDP');
	const industry = !wanted.industry
		? null
		: reference.contractors.length
			? industryVsContractors(reference, at, wanted.industry)
			: missing('contractor revenue');
	return { series: { budget, share, industry }, warnings };
}
