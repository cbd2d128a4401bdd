/**
 * Runs a claim's rule against the reference data and shapes the result for the page: one
 * `CheckedClaim` per claim, plain JSON. Pure: the caller anchors the quote (see
 * `src/lib/server/claims.ts`) and passes the figures of the claim's sentence in `data.article`.
 */
import { CurrencyError } from '../currency/errors';
import type { Sentence } from '../figures/model';
import type { ReferenceData } from './reference';
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
