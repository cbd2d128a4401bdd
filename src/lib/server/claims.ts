/**
 * Loads `data/claims/<slug>.yml` when it exists, validates it, anchors every quote in the article and
 * evaluates every rule against the reference data, returning plain `CheckedClaim[]` for the page.
 * A bad claims file or a quote that no longer anchors fails the build with the file, line and field
 * (or the quote); missing reference data only makes a verdict "unverifiable".
 */
import { existsSync, readFileSync } from 'node:fs';
import { ArticleError } from '../articles/parse';
import type { ArticleSource } from '../articles/schema';
import { checkClaim, sentenceAt, type CheckedClaim } from '../claims/evaluate';
import type { ClaimFigure, ReferenceData, ReferenceSeries } from '../claims/reference';
import { claimsFileSchema, type Claim } from '../claims/schema';
import type { RateTable } from '../currency/table';
import { subsetTable } from '../currency/subset';
import type { Sentence } from '../figures/model';
import { anchorQuote, NoteAnchorError } from '../notes/anchor';
import { loadRates } from './rates';
import { loadReferenceSeries } from './reference-series';
import { parseYamlFile } from './yaml-file';

export const CLAIMS_DIR = 'data/claims';

export interface LoadClaimsOptions {
	dir?: string;
	/** Defaults to `loadReferenceSeries()`; tests pass partial data to exercise "unverifiable". */
	reference?: ReferenceSeries;
	/** Defaults to the article-date subset of `loadRates()`; null means no rates at all. */
	rates?: RateTable | null;
}

export interface ParsedClaims {
	claims: Claim[];
	/** The file line of each claim's quote, for messages when it no longer anchors. */
	quoteLines: number[];
}

/** Validates a claims file's text; `file` is only for messages. */
export function parseClaims(raw: string, file: string): ParsedClaims {
	const { data, lineOf } = parseYamlFile(raw, file, claimsFileSchema, 'claims');
	const quoteLines = data.claims.map((_, i) => lineOf(['claims', i, 'quote']));
	return { claims: data.claims, quoteLines };
}

export function loadClaims(
	article: ArticleSource,
	sentences: readonly Sentence[],
	figures: readonly ClaimFigure[],
	options: LoadClaimsOptions = {}
): CheckedClaim[] {
	const file = `${options.dir ?? CLAIMS_DIR}/${article.slug}.yml`;
	if (!existsSync(file)) return [];
	const raw = readFileSync(file, 'utf8');
	const { claims, quoteLines } = parseClaims(raw, file);
	const reference = options.reference ?? loadReferenceSeries();
	const published = article.meta.published;
	const rates =
		options.rates === undefined
			? subsetTable(loadRates(), [published], ['USD', 'JPY', 'EUR'])
			: options.rates;
	return claims.map((claim, i) => {
		let span;
		try {
			span = anchorQuote(article.text, claim.quote);
		} catch (e) {
			if (!(e instanceof NoteAnchorError)) throw e;
			throw new ArticleError(file, quoteLines[i] ?? 1, `claims.${i}.quote`, e.message);
		}
		const sentence = sentenceAt(sentences, span.start);
		const s = sentences[sentence];
		const inSentence = figures.filter((f) => !s || (f.start >= s.start && f.end <= s.end));
		const data: ReferenceData = {
			...reference,
			rates,
			article: { published, figures: inSentence }
		};
		return checkClaim(claim, span, sentence, data);
	});
}
