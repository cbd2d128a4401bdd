/**
 * Reads `japan_defense_budget_fy2012_2026.csv`: one initial budget per fiscal year, ascending, in
 * 億円 with a trillion-yen copy that must agree. Node only.
 */
import type { BudgetYear } from '../../reference/model';
import { DataFileError, matching, positiveNumber, readCsv, text } from './checks';

const OKU = 1e8; // 億円: the unit MOD publishes budgets in

export function loadBudget(file: string): BudgetYear[] {
	const [incl, excl, tn] = [
		'defense_budget_incl_saco_realignment_jpy_100m_oku',
		'defense_budget_excl_saco_realignment_jpy_100m_oku',
		'defense_budget_incl_saco_realignment_jpy_trillion'
	];
	const rows = readCsv(file, [
		'fiscal_year',
		incl,
		excl,
		tn,
		'budget_status',
		'sources',
		'verification'
	]);
	let last = -Infinity;
	return rows.map((row) => {
		const year = Number(matching(file, row, 'fiscal_year', /^FY\d{4}$/).slice(2));
		if (year <= last)
			throw new DataFileError(file, row.line, 'fiscal_year', 'years must ascend, once each');
		last = year;
		const [inclOku, exclOku] = [positiveNumber(file, row, incl), positiveNumber(file, row, excl)];
		if (exclOku > inclOku) throw new DataFileError(file, row.line, excl, `exceeds ${incl}`);
		// The trillion column is a convenience copy; a mismatch means one of the two was mistyped.
		if (Math.round(positiveNumber(file, row, tn) * 1e4) !== inclOku) {
			throw new DataFileError(file, row.line, tn, `does not equal ${incl} ÷ 10,000`);
		}
		return {
			fiscalYear: `FY${year}`,
			year,
			inclJpy: inclOku * OKU,
			exclJpy: exclOku * OKU,
			status: text(file, row, 'budget_status'),
			source: text(file, row, 'sources'),
			verification: text(file, row, 'verification')
		};
	});
}
