/**
 * What a rule returns: a verdict, a one-paragraph summary, and the numbers behind it with their
 * sources. Plain JSON, so the claims panel and exports render it without recomputing anything.
 */

export const VERDICTS = ['consistent', 'inconsistent', 'unverifiable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Evidence {
	label: string;
	/** Already formatted for a reader ("$55.94 billion", "1.14%"). */
	value: string;
	source: string;
	/** Copied from the reference data; "derived" for numbers this project computed. */
	verification: string;
	/** How exactly the source gave it, or what it covers ("USD 0.1bn; includes Gulfstream jets"). */
	note?: string;
}

export interface RuleResult {
	verdict: Verdict;
	summary: string;
	evidence: Evidence[];
}

/** Missing reference data or article figures: say what is missing instead of failing the build. */
export function unverifiable(reason: string, evidence: Evidence[] = []): RuleResult {
	return { verdict: 'unverifiable', summary: `Cannot be checked: ${reason}`, evidence };
}

/** The verification label for numbers computed here from sourced inputs. */
export const DERIVED = 'derived';
