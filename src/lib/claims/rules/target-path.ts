/**
 * `target-path`: "doubling defence spending to the NATO standard of two percent of GDP by 2027".
 * Checks the goal the sentence states (its percentage and year) against the official target and the
 * guideline it names, and reports where the ratio stood by each measure with the compound yearly
 * growth in the ratio that reaching the target from there needs: (target ÷ ratio)^(1/years) − 1.
 *
 * Verdict: consistent when the stated percentage and year equal the official target's (and the
 * guideline's percentage, when one is named); inconsistent otherwise. The path numbers are evidence,
 * not part of the verdict: a steep path does not make a stated goal wrong. Pure; never throws.
 */
import { percent } from '../../reference/format';
import { yearOf } from '../../reference/model';
import type { ReferenceData } from '../reference';
import type { RuleParams } from '../schema';
import { DERIVED, unverifiable, type Evidence, type RuleResult } from '../verdict';
import { statedEvidence } from './shared';
import { resolveRatio, type Ratio } from './ratios';

/** Growth shown to one decimal: the inputs are published to 1–2 decimals of a percent. */
const growthText = (g: number) => `${percent(g * 100, 1)} a year`;

export function targetPath(params: RuleParams<'target-path'>, data: ReferenceData): RuleResult {
	const target = data.facts[params.targetFact];
	const targetYear = target ? yearOf(target.period) : null;
	if (!target || targetYear === null) {
		return unverifiable(`the reference data has no target fact "${params.targetFact}".`);
	}
	const guideline = params.guidelineFact ? data.facts[params.guidelineFact] : undefined;
	if (params.guidelineFact && !guideline) {
		return unverifiable(`the reference data has no guideline fact "${params.guidelineFact}".`);
	}
	const pct = data.article.figures.find((f) => f.kind === 'percent');
	const year = data.article.figures.find((f) => f.kind === 'year');
	if (!pct || !year) return unverifiable('the sentence states no percentage and year to check.');
	const ratios = params.from.map((ref) => resolveRatio(ref, data));
	const found = ratios.filter((r): r is Ratio => typeof r !== 'string');
	if (found.length === 0) return unverifiable(`${ratios.join('; ')}.`);

	const matches =
		pct.value === target.value &&
		year.value === targetYear &&
		(!guideline || guideline.value === pct.value);
	const evidence: Evidence[] = [
		statedEvidence('Stated goal', pct, data),
		statedEvidence('Stated deadline', year, data),
		{
			label: target.metric,
			value: `${target.text} ${target.unit}`,
			source: target.source,
			verification: target.verification
		}
	];
	if (guideline) {
		evidence.push({
			label: guideline.metric,
			value: `${guideline.text} ${guideline.unit}`,
			source: guideline.source,
			verification: guideline.verification
		});
	}
	const paths = found.map((r) => {
		const years = targetYear - r.year;
		const growth = years > 0 ? (target.value / r.pct) ** (1 / years) - 1 : null;
		evidence.push({
			label: r.label,
			value: percent(r.pct),
			source: r.source,
			verification: r.verification,
			note: r.measure
		});
		if (growth !== null) {
			evidence.push({
				label: `Yearly growth needed from ${r.period} to ${target.period}`,
				value: growthText(growth),
				source: `(${target.value} ÷ ${r.pct})^(1/${years}) − 1`,
				verification: DERIVED
			});
		}
		return growth === null
			? `${percent(r.pct)} in ${r.period} (${r.measure}), at or past the target year`
			: `${growthText(growth)} from ${percent(r.pct)} in ${r.period} (${r.measure})`;
	});
	const base = params.doublingFrom ? resolveRatio(params.doublingFrom, data) : undefined;
	let doubling = '';
	if (base && typeof base !== 'string') {
		const times = target.value / base.pct;
		doubling = ` ${percent(target.value)} is ${times.toFixed(2)}× the ${percent(base.pct)} of ${base.period} (${base.measure}).`;
		evidence.push({
			label: `Target ÷ ${base.label}`,
			value: `${times.toFixed(2)}×`,
			source: base.source,
			verification: base.verification
		});
	}
	const missing = ratios.filter((r) => typeof r === 'string');
	const stated = `${pct.exact} by ${year.exact}`;
	const goal = matches
		? `The stated goal (${stated}) matches the official target: ${target.metric}${guideline ? `, and NATO's ${percent(guideline.value)} guideline` : ''}.`
		: `The stated goal (${stated}) differs from the official target: ${target.metric} (${target.text} ${target.unit}).`;
	const measure = ` The target uses the government's own measure: ${target.unit}.`;
	const path = ` Reaching it needs the ratio to grow ${paths.join('; or ')}.`;
	const gap = missing.length ? ` Not in the reference data: ${missing.join('; ')}.` : '';
	return {
		verdict: matches ? 'consistent' : 'inconsistent',
		summary: goal + measure + path + doubling + gap,
		evidence
	};
}
