/**
 * What every article page is built from and what it receives: `PageSources` are the loaders' output
 * (file system at build time, worker and IndexedDB in the browser), `PageData` the plain JSON the
 * dashboard draws. Pure types. A field is optional only where an article itself may lack it, so a
 * committed article and a pasted one cannot differ by which fields a path happened to fill in.
 */
import type { ArticleMeta } from '$lib/articles/schema';
import type { CheckedClaim } from '$lib/claims/evaluate';
import type { Claim } from '$lib/claims/schema';
import type { RateTable } from '$lib/currency/table';
import type { Figure, Sentence, StatedRate } from '$lib/figures/model';
import type { TimelineEvent } from '$lib/notes/apply';
import type { Notes } from '$lib/notes/schema';
import type { Edits } from '$lib/edits/model';
import type { BudgetPoint } from '$lib/reference/series/budget';
import type { RevenueRow } from '$lib/reference/series/industry';
import type { ShareOfGdpPath } from '$lib/reference/series/share';
import type { ReferencePoint, ReferenceSeries } from '$lib/reference/model';

/** What extraction found, before notes and the cap: in-process, in a worker or in slices. */
export interface Extraction {
	sentences: Sentence[];
	figures: Figure[];
	/** Exchange rates the article states ("($1 = 0.9239 euros)"): never figures, always kept. */
	rates: StatedRate[];
}

/** A claim whose quote the loader has found in the article (it fails the build when it cannot). */
export interface AnchoredClaim {
	claim: Claim;
	start: number;
	end: number;
}

export interface PageSources {
	slug: string;
	meta: ArticleMeta;
	text: string;
	extraction: Extraction;
	/** Every fixing the loader has (the whole series, or none when it could not be loaded). */
	rates: RateTable;
	/** Editorial notes; `EMPTY_NOTES` for an article that has none. */
	notes: Notes;
	claims: AnchoredClaim[];
	/** `NO_REFERENCE` where the data is not loaded (the browser). */
	reference: ReferenceSeries;
	/** What the loaders could not do (the rate series failed, the worker did not start). */
	notices: string[];
}

export interface ChartSeries {
	budget: BudgetPoint[] | null;
	share: ShareOfGdpPath | null;
	industry: RevenueRow[] | null;
}

/** Everything a dashboard needs, computed at build time or in the browser by `buildPageData`. */
export interface PageData {
	slug: string;
	meta: ArticleMeta;
	text: string;
	sentences: Sentence[];
	/** Labelled by the notes and capped per chart. */
	figures: Figure[];
	events: TimelineEvent[];
	/** The article's editorial notes as written, for "Download notes" to merge a reader's edits into. */
	notes: Notes;
	/** What the notes change beyond labels and events (hidden, corrected, retitled), by figure id. */
	edits: Edits;
	/** Reference values the notes set beside the article's percentages. */
	context: ReferencePoint[];
	guideline: ReferencePoint | null;
	/** The exchange rates the article states, for the "As stated in the article" basis. */
	statedRates: StatedRate[];
	/** The day conversions use: the article's date, or the first fixing when it is older. */
	ratesOn: string;
	/** Only the fixings of `ratesOn`; see $lib/currency/subset. */
	rates: RateTable;
	/** Reference series the notes ask to chart beside the article; each null when not asked. */
	series: ChartSeries;
	/** The article's claims, each with a verdict and its evidence. */
	claims: CheckedClaim[];
	/** Problems to show rather than hide: a date outside the rates, a cap, a missing value. */
	warnings: string[];
}
