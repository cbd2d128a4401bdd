/**
 * What a claim's rule reads: the reference series (see `$lib/reference`), the article-date rates and
 * the figures of the sentence the claim is anchored in. Pure types.
 */
import type { RateTable } from '../currency/table';
import type { ReferenceSeries } from '../reference/model';
import type { Figure } from '../figures/model';

/** The parts of a `Figure` the rules read; a whole `Figure` fits. */
export type ClaimFigure = Pick<
	Figure,
	'id' | 'kind' | 'value' | 'currency' | 'exact' | 'start' | 'end' | 'equivalentOf'
>;

/** Everything a rule may read. Missing pieces make a verdict "unverifiable", never an error. */
export interface ReferenceData extends ReferenceSeries {
	/** Rates for the article date (a `subsetTable`), or null when none were loaded. */
	rates: RateTable | null;
	article: {
		published: string;
		/** The figures of the sentence the claim is anchored in, in text order. */
		figures: ClaimFigure[];
	};
}
