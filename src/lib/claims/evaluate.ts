/**
 * Runs a claim's rule against the reference data and shapes the result for the page: one
 * `CheckedClaim` per claim, plain JSON. Pure: the loader anchors each quote (see
 * `src/lib/server/claims.ts`), and `checkClaims` hands each rule the figures of its claim's sentence.
 */
import { CurrencyError } from '../currency/errors';
import type { Sentence } from '../figures/model';
import type { ReferenceSeries } from '../reference/model';
import type { RateTable } from '../currency/table';
import type { ClaimFigure, ReferenceData } from './reference';
import { impliedRateCheck } from './rules/implied-rate';
import { lessThanRevenues } from './rules/less-than-revenues';
import { recordBudget } from './rules/record-budget';
import { targetPath } from './rules/target-path';
import type { Claim, Rule } from './schema';
import { unverifiable, type Evidence, type RuleResult, type Verdict } from './verdict';

export interface CheckedClaim {
	id: string;
	title: string;
	quote: string;
	/** Index of the sentence the quote starts in. */
	sentence: number;
	/** UTF-16 offsets of the quote in the article text. */
	start: number;
	end: number;
	rule: Rule['type'];
	verdict: Verdict;
	summary: string;
	evidence: Evidence[];
}

export function evaluateRule(rule: Rule, data: ReferenceData): RuleResult {
	try {
		switch (rule.type) {
			case 'record-budget':
				return recordBudget(rule.params, data);
			case 'implied-rate':
				return impliedRateCheck(rule.params, data);
			case 'less-than-revenues':
				return lessThanRevenues(rule.params, data);
			case 'target-path':
				return targetPath(rule.params, data);
		}
	} catch (e) {
		// A rate the data cannot give is missing reference data, which is a verdict, not a crash.
		if (e instanceof CurrencyError) return unverifiable(`${e.message}.`);
		throw e;
	}
}

/** The sentence holding `offset`; between sentences, the one before it (the quote's own). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
	let index = 0;
	for (const s of sentences) {
		if (s.start > offset) break;
		index = s.index;
	}
	return index;
}

export function checkClaim(
	claim: Claim,
	span: { start: number; end: number },
	sentence: number,
	data: ReferenceData
): CheckedClaim {
	const result = evaluateRule(claim.rule, data);
	return {
		id: claim.id,
		title: claim.title,
		quote: claim.quote,
		sentence,
		start: span.start,
		end: span.end,
		rule: claim.rule.type,
		...result
	};
}

export interface ClaimContext {
	sentences: readonly Sentence[];
	/** The raw extraction: a relabelling note must not change a verdict. */
	figures: readonly ClaimFigure[];
	published: string;
	reference: ReferenceSeries;
	/** The article-date fixings, or null when none were loaded. */
	rates: RateTable | null;
}

/** Every claim of an article, each read against the figures of the sentence its quote is in. */
export function checkClaims(
	claims: readonly { claim: Claim; start: number; end: number }[],
	ctx: ClaimContext
): CheckedClaim[] {
	return claims.map(({ claim, start, end }) => {
		const sentence = sentenceAt(ctx.sentences, start);
		const s = ctx.sentences[sentence];
		const figures = ctx.figures.filter((f) => !s || (f.start >= s.start && f.end <= s.end));
		const article = { published: ctx.published, figures };
		const data = { ...ctx.reference, rates: ctx.rates, article };
		return checkClaim(claim, { start, end }, sentence, data);
	});
}
