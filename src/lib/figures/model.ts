/**
 * The figure model: one number an article states, anchored to its exact text.
 *
 * Pure types, shared by extraction, currency, charts, export, the CLI and the tests. Anchors follow
 * the W3C Web Annotation model: `exact`/`prefix`/`suffix` form a TextQuoteSelector, `start`/`end` a
 * TextPositionSelector in UTF-16 code units, and `text.slice(start, end) === exact` always holds.
 */

export const FIGURE_KINDS = ['money', 'percent', 'year', 'date', 'quantity'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** A span of the article text: `text.slice(start, end) === text` of the sentence. */
export interface Sentence {
	index: number;
	start: number;
	end: number;
	text: string;
}

export interface Anchor {
	exact: string;
	/** Up to 32 characters before `exact` (fewer at the start of the text). */
	prefix: string;
	/** Up to 32 characters after `exact`. */
	suffix: string;
	start: number;
	end: number;
	/** Index into the article's sentences. */
	sentence: number;
}

export interface Figure extends Anchor {
	/** Stable and readable, from the kind and the text: `money-3-trillion-yen`, `year-2027`, `-2` on repeats. */
	id: string;
	kind: FigureKind;
	/**
	 * Money in currency units (3 trillion yen = 3e12); percent as written (2% = 2); year as a number;
	 * quantity as a count (the lower bound when vague); for a date, its year.
	 */
	value: number;
	/** ISO 4217 code, money only; null otherwise. */
	currency: string | null;
	/** Quantity noun ("artillery systems"), or what a percentage is of ("GDP"); null when unknown. */
	unit: string | null;
	/** "around 3 trillion yen", "hundreds of thousands of rounds". */
	approximate: boolean;
	/** The qualifier word(s) as written ("around", "more than"), or null. */
	qualifier: string | null;
	/** Dates only: "2023-12-23" or "2023-12" (year-month). */
	date: string | null;
	/** Years only: a fiscal year ("FY2024", "fiscal 2025", "2027-28" ends in 2028 → endValue). */
	fiscal: boolean;
	/**
	 * The upper end of a range: the last year of "2027-28" (2028) or "2022-2024", and the upper bound
	 * of a money, percent or quantity range ("$3-4 billion" → 4e9, with `value` the lower); else null.
	 */
	endValue: number | null;
	/** Percent only: "percentage points" rather than "percent". */
	points: boolean;
	/** Money only: the id of the other figure stating the same amount in another currency. */
	equivalentOf: string | null;
	/** What the number measures, from an editorial note or a heuristic on the sentence. */
	label: string;
	/**
	 * Why a reader should check this figure, when the extractor had to guess: a currency carried
	 * from the rest of the article, an ambiguous numeric date, an invisible character inside the
	 * number. Null when the text states the figure plainly. Wrong is worse than missing: a guess
	 * the extractor cannot back with a reason is not made at all.
	 */
	check: string | null;
	/**
	 * Set only on a figure an editor corrected (never by extraction): the article's own wording,
	 * while `value`, `kind` and `currency` hold the correction.
	 */
	corrected?: string;
}

/**
 * An exchange rate the article states itself: "($1 = 0.9239 euros)", "(£1 = $1.27)", "at about
 * 157 yen to the dollar". Never a figure; the "As stated in the article" rate basis uses it.
 */
export interface StatedRate extends Anchor {
	/** ISO 4217 code of the currency priced (the "1" side). */
	base: string;
	/** ISO 4217 code of the currency it is priced in. */
	quote: string;
	/** Units of `quote` per 1 `base`. */
	rate: number;
}

export interface ExtractOptions {
	/** The article's publication date (YYYY-MM-DD), to resolve "August" or "last month". */
	published?: string;
	/**
	 * The article's language tag as in its front matter ("en-US", "en-GB", "en-AU", "en-IN"), when
	 * known: it settles the order of numeric dates and what a bare "$" means without a guess.
	 */
	language?: string;
}

/** Everything extraction reads from one article. */
export interface ArticleExtraction {
	figures: Figure[];
	rates: StatedRate[];
}
