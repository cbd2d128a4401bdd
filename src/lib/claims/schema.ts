/**
 * The one schema for a claims file (`data/claims/<slug>.yml`): a list of claims, each anchored to
 * the article by a text quote and carrying one rule to evaluate against the reference data. Types
 * are inferred from it. Unknown keys are refused so a typo fails the build instead of being ignored.
 */
import { z } from 'zod';

const fiscalYear = z.string().regex(/^FY\d{4}$/, 'must be a fiscal year written FY2024');
const year = z.number().int().min(1900).max(2100);
/** `sipri:<ISO3>:<year>` or `fact:<fact_id>`, the ids editorial notes use too. */
export const ratioRef = z
	.string()
	.regex(/^(?:sipri:[A-Z]{3}:\d{4}|fact:[a-z0-9_]+)$/, 'must be sipri:<ISO3>:<year> or fact:<id>');
const factId = z.string().regex(/^[a-z0-9_]+$/, 'must be a fact_id from key_facts.csv');

export const recordBudgetRule = z
	.object({
		type: z.literal('record-budget'),
		params: z
			.object({
				fiscalYear,
				/** `incl` is the headline figure (with SACO and realignment), the one news reports use. */
				measure: z.enum(['incl', 'excl']).default('incl')
			})
			.strict()
	})
	.strict();

export const impliedRateRule = z
	.object({
		type: z.literal('implied-rate'),
		params: z
			.object({ source: z.enum(['ECB', 'FED_H10']).default('ECB') })
			.strict()
			.default({
				source: 'ECB'
			})
	})
	.strict();

export const lessThanRevenuesRule = z
	.object({
		type: z.literal('less-than-revenues'),
		params: z
			.object({
				year,
				companies: z.array(z.string().trim().min(1)).min(1),
				/** How many companies must out-earn the amount; "some" is plural, hence 2 by default. */
				minCount: z.number().int().min(1).default(2),
				/** Which of the sentence's money figures is the amount ("3 trillion yen"). */
				amountCurrency: z.enum(['USD', 'JPY', 'EUR', 'GBP', 'KRW', 'CNY']),
				/** The reference fact behind the amount, shown with its verification status. */
				amountFact: factId.optional()
			})
			.strict()
	})
	.strict();

export const targetPathRule = z
	.object({
		type: z.literal('target-path'),
		params: z
			.object({
				/** The official target (value in % of GDP, period "FY2027"). */
				targetFact: factId,
				/** The guideline the article names ("the NATO standard"), checked for the same value. */
				guidelineFact: factId.optional(),
				/** Where the ratio stood, by each measure. */
				from: z.array(ratioRef).min(1),
				/** The ratio before the plan, to show what "doubling" starts from. */
				doublingFrom: ratioRef.optional()
			})
			.strict()
	})
	.strict();

export const ruleSchema = z.discriminatedUnion('type', [
	recordBudgetRule,
	impliedRateRule,
	lessThanRevenuesRule,
	targetPathRule
]);

export const claimSchema = z
	.object({
		id: z
			.string()
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
		quote: z.string().trim().min(3, 'must quote at least 3 characters of the article'),
		title: z.string().trim().min(1, 'must not be empty').max(120),
		rule: ruleSchema
	})
	.strict();

export const claimsFileSchema = z
	.object({ claims: z.array(claimSchema) })
	.strict()
	.superRefine(({ claims }, ctx) => {
		const seen = new Set<string>();
		claims.forEach((c, i) => {
			if (seen.has(c.id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['claims', i, 'id'],
					message: `duplicate id "${c.id}"`
				});
			}
			seen.add(c.id);
		});
	});

export type Rule = z.infer<typeof ruleSchema>;
export type RuleType = Rule['type'];
export type RuleParams<T extends RuleType> = Extract<Rule, { type: T }>['params'];
export type Claim = z.infer<typeof claimSchema>;
export type ClaimsFile = z.infer<typeof claimsFileSchema>;
