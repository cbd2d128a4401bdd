/**
 * `implied-rate`: "around 3 trillion yen ($20 billion)". One amount stated in two currencies implies
 * an exchange rate (150 JPY per USD); this sets it against the market rate of the article date
 * (142.12, ECB) and asks whether the gap is the article's own rounding rather than a wrong figure.
 *
 * Verdict: consistent when the first-stated amount, converted at the market rate, rounds to the
 * translation at the digits the article gave it (¥3 trillion = $21.1 billion → "$20 billion" at one
 * significant figure); otherwise inconsistent. Both rates are always shown, with the rate range the
 * first amount's own rounding allows. Input: params, `ReferenceData`; output: `RuleResult`. Pure.
 */
import { describeRate, formatRate } from '../../currency/cite';
import { equivalentPairs, impliedRate } from '../../currency/implied';
import { significantDigitsOf } from '../../currency/precision';
import { money, signedPercent } from '../../reference/format';
import type { ReferenceData } from '../reference';
import { roundingInterval, within } from '../rounding';
import type { RuleParams } from '../schema';
import { DERIVED, unverifiable, type RuleResult } from '../verdict';
import { convertAtArticleDate, moneyFigures, statedEvidence } from './shared';
import { CurrencyError } from '../../currency/errors';

export function impliedRateCheck(
	params: RuleParams<'implied-rate'>,
	data: ReferenceData
): RuleResult {
	const pair = equivalentPairs(moneyFigures(data))[0];
	if (!pair) return unverifiable('the sentence states no amount in two currencies.');
	const [original, translation] = pair[0].start <= pair[1].start ? pair : [pair[1], pair[0]];
	if (!data.rates) return unverifiable('no exchange rates were loaded for the article date.');
	let r;
	try {
		r = impliedRate(original, translation, data.article.published, data.rates, params.source);
	} catch (e) {
		if (e instanceof CurrencyError) return unverifiable(`${e.message}.`);
		throw e;
	}
	const conv = convertAtArticleDate(
		original.value,
		original.currency,
		translation.currency,
		data,
		params.source
	);
	if (typeof conv === 'string') return unverifiable(`${conv}.`);

	const tDigits = significantDigitsOf(translation.exact);
	const rounds = within(conv.value, roundingInterval(translation.value, tDigits));
	// The rate range if the first amount means anything its rounding allows, the translation fixed.
	const span = roundingInterval(original.value, significantDigitsOf(original.exact));
	const [low, high] =
		original.currency === r.quote
			? [span.low / translation.value, span.high / translation.value]
			: [translation.value / span.high, translation.value / span.low];
	const range = `${formatRate(low, r.base, r.quote).replace(/ .*/, '')}–${formatRate(high, r.base, r.quote)}`;
	const implied = formatRate(r.implied, r.base, r.quote);
	const market = describeRate(conv);
	const converted = money(conv.value, translation.currency);

	const lead = `${original.exact} (${translation.exact}) implies ${implied} against the ${market} (${signedPercent(r.deviationPct)}).`;
	const why = rounds
		? ` That gap is the article's own rounding: at the market rate the amount is ${converted}, which rounds to ${translation.exact} at the digits the article gave it, and the first amount's rounding allows ${range}.`
		: ` At the market rate the amount is ${converted}, which does not round to ${translation.exact}; the first amount's rounding allows ${range}, which excludes the market rate.`;
	return {
		verdict: rounds ? 'consistent' : 'inconsistent',
		summary: lead + why,
		evidence: [
			statedEvidence('Stated amount', original, data),
			statedEvidence('Stated equivalent', translation, data),
			{
				label: 'Rate the article implies',
				value: implied,
				source: 'The article',
				verification: DERIVED
			},
			{
				label: 'Market rate on the article date',
				value: formatRate(r.market, r.base, r.quote),
				source: market,
				verification: 'verified'
			},
			{
				label: 'Difference',
				value: signedPercent(r.deviationPct),
				source: 'implied ÷ market − 1',
				verification: DERIVED
			},
			{
				label: `${original.exact} at the market rate`,
				value: converted,
				source: market,
				verification: DERIVED
			},
			{
				label: 'Rates the stated rounding allows',
				value: range,
				source: 'The article’s significant digits',
				verification: DERIVED,
				note: `${original.exact} spans ${money(span.low, original.currency)}–${money(span.high, original.currency)}`
			}
		]
	};
}
