// Shared by the claims tests: the real article, its figures, the real reference data, and the
// `ReferenceData` a rule sees for the sentence a quote is in.
import { readFileSync } from 'node:fs';
import { parseArticle } from '$lib/articles/parse';
import type { ArticleSource } from '$lib/articles/schema';
import { checkClaims, type CheckedClaim, type ReferenceData } from '$lib/claims';
import type { RateTable } from '$lib/currency/table';
import type { ReferenceSeries } from '$lib/reference/model';
import { subsetTable } from '$lib/currency/subset';
import { extractFigures, splitSentences } from '$lib/figures';
import { loadRates } from '$lib/server/rates';
import { loadClaims } from '$lib/server/claims';
import { loadReferenceSeries } from '$lib/server/reference';

const FILE = 'data/articles/afp-2023-12-23-japan-patriot-exports.md';
export const article: ArticleSource = parseArticle(readFileSync(FILE, 'utf8'), FILE);
export const sentences = splitSentences(article.text);
export const figures = extractFigures(article.text, { published: article.meta.published });
export const reference: ReferenceSeries = loadReferenceSeries();
export const rates = subsetTable(loadRates(), [article.meta.published], ['USD', 'JPY', 'EUR']);

/** What a rule sees for a claim quoting `quote`, with `override` replacing parts of it. */
export function dataFor(quote: string, override: Partial<ReferenceData> = {}): ReferenceData {
	const start = article.text.indexOf(quote);
	const s = sentences.find((x) => x.start <= start && start < x.end);
	if (start < 0 || !s) throw new Error(`test quote not in the article: ${quote}`);
	const inSentence = figures.filter((f) => f.start >= s.start && f.end <= s.end);
	return {
		...reference,
		rates,
		article: { published: article.meta.published, figures: inSentence },
		...override
	};
}

export const QUOTES = {
	budget: 'a record defence budget worth $56 billion',
	industry: 'around 3 trillion yen ($20 billion)',
	contractors: 'less than some individual US defence contractors’ yearly revenues',
	target: 'doubling defence spending to the NATO standard of two percent of GDP by 2027'
} as const;

/** The evidence row whose label starts with `label`; fails the test when there is none. */
export function row<E extends { label: string }>(evidence: E[], label: string): E {
	const found = evidence.find((e) => e.label.startsWith(label));
	if (!found)
		throw new Error(`no evidence row "${label}" in ${evidence.map((e) => e.label).join(' | ')}`);
	return found;
}

/** Loads an article's claims file and checks every claim, as the page builder does. */
export function checkedClaims(
	source: ArticleSource,
	options: { dir?: string; reference?: ReferenceSeries; rates?: RateTable | null } = {}
): CheckedClaim[] {
	return checkClaims(loadClaims(source, options.dir), {
		sentences,
		figures,
		published: source.meta.published,
		reference: options.reference ?? reference,
		rates: options.rates === undefined ? rates : options.rates
	});
}
