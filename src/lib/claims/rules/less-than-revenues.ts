/**
 * `less-than-revenues`: "less than some individual US defence contractors' yearly revenues". The
 * amount in the sentence (¥3 trillion), converted to dollars at the article-date rate, against each
 * listed contractor's revenue in one year.
 *
 * Verdict: consistent when at least `minCount` contractors took more than the amount could mean:
 * the top of its rounding ("around 3 trillion" may be up to 3.5), so the claim is not carried by
 * the rounding. Inconsistent when every listed contractor is in the data and too few do; otherwise
 * unverifiable. Each revenue keeps its precision and verification. Input: params and
 * `ReferenceData`; output: `RuleResult`. Pure.
 */
import { describeRate } from '../../currency/cite';
import { significantDigitsOf } from '../../currency/precision';
import { money } from '../../reference/format';
import type { ReferenceData } from '../reference';
import { roundingInterval } from '../rounding';
import type { RuleParams } from '../schema';
import { DERIVED, unverifiable, type Evidence, type RuleResult } from '../verdict';
import { convertAtArticleDate, moneyFigures, statedEvidence } from './shared';

export function lessThanRevenues(
	params: RuleParams<'less-than-revenues'>,
	data: ReferenceData
): RuleResult {
	const { year, companies, minCount, amountCurrency } = params;
	const stated = moneyFigures(data).find((f) => f.currency === amountCurrency);
	if (!stated) return unverifiable(`the sentence states no amount in ${amountCurrency}.`);
	const top = roundingInterval(stated.value, significantDigitsOf(stated.exact)).high;
	const conv = convertAtArticleDate(stated.value, stated.currency, 'USD', data);
	if (typeof conv === 'string') return unverifiable(`${conv}.`);
	const ceiling = top * (conv.value / stated.value);
	const rows = companies.flatMap(
		(c) => data.contractors.find((r) => r.company === c && r.year === year) ?? []
	);
	const missing = companies.filter((c) => !rows.some((r) => r.company === c));
	if (rows.length === 0) {
		return unverifiable(`the reference data has no ${year} revenues for ${companies.join(', ')}.`);
	}
	const above = rows.filter((r) => r.usd > ceiling);

	const evidence: Evidence[] = [statedEvidence('Stated amount', stated, data)];
	const fact = params.amountFact ? data.facts[params.amountFact] : undefined;
	if (fact) {
		evidence.push({
			label: fact.metric,
			value: `${fact.text} ${fact.unit}`,
			source: fact.source,
			verification: fact.verification
		});
	}
	evidence.push(
		{
			label: `${stated.exact} at the article-date rate`,
			value: money(conv.value, 'USD'),
			source: describeRate(conv),
			verification: DERIVED
		},
		{
			label: `Most it could mean (${money(top, stated.currency)})`,
			value: money(ceiling, 'USD'),
			source: describeRate(conv),
			verification: DERIVED
		},
		...rows.map((r) => ({
			label: `${r.company}, ${r.scope}, ${r.year}`,
			value: money(r.usd, 'USD'),
			source: r.source,
			verification: r.verification,
			note: `${r.precision}; ${r.scopeNote}`
		}))
	);
	const list = rows.map((r) => `${r.company} ${money(r.usd, 'USD')}`).join(', ');
	const lead =
		`${stated.exact} is ${money(conv.value, 'USD')} at the ${describeRate(conv)} ` +
		`(at most ${money(ceiling, 'USD')} within its rounding). In ${year}, ${above.length} of ` +
		`the ${rows.length} contractors listed took more: ${list}.`;
	const gap = missing.length ? ` Not in the reference data: ${missing.join(', ')}.` : '';
	if (above.length >= minCount) return { verdict: 'consistent', summary: lead + gap, evidence };
	if (missing.length) {
		return unverifiable(
			`too few of the listed contractors are in the data. ${lead}${gap}`,
			evidence
		);
	}
	return {
		verdict: 'inconsistent',
		summary: `${lead} The claim needs at least ${minCount}.`,
		evidence
	};
}
