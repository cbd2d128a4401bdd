/**
 * What a built-in article's page links to beyond itself: the folder of its permanent chart files,
 * whether per-chart PNGs were published, and its social card. A pasted article has none. Pure type.
 */
export interface PublishedLinks {
	/** `/articles/<slug>`, under which `<chart>.svg`, `.csv` (and `.png`) sit. */
	folder: string;
	png: boolean;
	/** The card's URL, absolute when SITE_URL is set at build time. */
	card: string;
}
