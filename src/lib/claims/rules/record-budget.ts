/**
 * `record-budget`: "a record defence budget worth $56 billion". Two checks on the budget of one
 * fiscal year: converted at the article-date rate it rounds to the amount the article states (at the
 * digits the article wrote), and it is the largest of the series up to that year ("record" can only
 * mean the past: later budgets did not exist when the article was written).
 * Input: params and `ReferenceData`; output: a `RuleResult`. Never throws for missing data. Pure.
 */
import { describeRate } from '../../currency/cite';
import { significantDigitsOf } from '../../currency/precision';
import { money, yenTrillion } from '../../reference/format';
import type { BudgetYear } from '../../reference/model';
import type { ReferenceData } from '../reference';
import { roundingInterval, within } from '../rounding';
import type { RuleParams } from '../schema';
import { DERIVED, unverifiable, type Evidence, type RuleResult } from '../verdict';
import { convertAtArticleDate, moneyFigures, statedEvidence } from './shared';

/** Extra digits shown on the converted value so a reader can see how it rounds ($55.94 vs $56). */
const SHOWN_EXTRA_DIGITS = 2;

const MEASURE_LABEL = {
	incl: 'incl. SACO and US-realignment costs',
	excl: 'excl. SACO and US-realignment costs'
} as const;

export function recordBudget(params: RuleParams<'record-budget'>, data: ReferenceData): RuleResult {
	const { fiscalYear, measure } = params;
	const amount = (b: BudgetYear) => (measure === 'incl' ? b.inclJpy : b.exclJpy);
	const stated = moneyFigures(data)[0];
	if (!stated) return unverifiable('the sentence states no amount of money to compare.');
	const row = data.budget.find((b) => b.fiscalYear === fiscalYear);
	if (!row) return unverifiable(`the reference data has no budget for ${fiscalYear}.`);
	const earlier = data.budget.filter((b) => b.year < row.year);
	if (earlier.length === 0) {
		return unverifiable(
			`the reference data has no budget before ${fiscalYear} to call it a record.`
		);
	}
	const conv = convertAtArticleDate(amount(row), 'JPY', stated.currency, data);
	if (typeof conv === 'string') return unverifiable(`${conv}.`);

	const digits = significantDigitsOf(stated.exact);
	const rounds = within(conv.value, roundingInterval(stated.value, digits));
	const previous = earlier.reduce((a, b) => (amount(b) > amount(a) ? b : a));
	const record = amount(row) > amount(previous);
	const first = data.budget[0]?.fiscalYear ?? fiscalYear;
	const converted = money(conv.value, stated.currency, digits + SHOWN_EXTRA_DIGITS);

	const evidence: Evidence[] = [
		statedEvidence('Stated in the article', stated, data),
		{
			label: `${fiscalYear} budget (${MEASURE_LABEL[measure]})`,
			value: yenTrillion(amount(row)),
			source: row.source,
			verification: row.verification,
			note: row.status
		},
		{
			label: 'Converted at the article-date rate',
			value: converted,
			source: describeRate(conv),
			verification: DERIVED
		},
		{
			label: `Previous high (${previous.fiscalYear})`,
			value: yenTrillion(amount(previous)),
			source: previous.source,
			verification: previous.verification
		}
	];
	const conversion =
		`${fiscalYear}'s budget of ${yenTrillion(amount(row))} is ${converted} at the ` +
		`${describeRate(conv)}, which ${rounds ? 'rounds' : 'does not round'} to the stated ${stated.exact}`;
	const peak = record
		? `it is the largest of ${first}–${fiscalYear} (previous high ${previous.fiscalYear}, ${yenTrillion(amount(previous))})`
		: `it is not a record: ${previous.fiscalYear} was ${yenTrillion(amount(previous))}`;
	return {
		verdict: rounds && record ? 'consistent' : 'inconsistent',
		summary: `${conversion}; ${peak}.`,
		evidence
	};
}
