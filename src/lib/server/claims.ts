/**
 * Loads `data/claims/<slug>.yml` when it exists, validates it and anchors every quote in the article.
 * A bad claims file or a quote that no longer anchors fails the build with the file, line and field
 * (or the quote). The rules are checked by the page builder, against the reference data; missing
 * reference data only makes a verdict "unverifiable".
 */
import { existsSync } from 'node:fs';
import { ArticleError } from '../articles/parse';
import type { ArticleSource } from '../articles/schema';
import { claimsFileSchema, type Claim } from '../claims/schema';
import { anchorQuote, NoteAnchorError } from '../notes/anchor';
import type { AnchoredClaim } from '../page/model';
import { readText } from './read-text';
import { parseYamlFile } from './yaml-file';

export const CLAIMS_DIR = 'data/claims';

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

export function loadClaims(article: ArticleSource, dir = CLAIMS_DIR): AnchoredClaim[] {
	const file = `${dir}/${article.slug}.yml`;
	if (!existsSync(file)) return [];
	const { claims, quoteLines } = parseClaims(readText(file), file);
	return claims.map((claim, i) => {
		try {
			return { claim, ...anchorQuote(article.text, claim.quote) };
		} catch (e) {
			if (!(e instanceof NoteAnchorError)) throw e;
			throw new ArticleError(file, quoteLines[i] ?? 1, `claims.${i}.quote`, e.message);
		}
	});
}
