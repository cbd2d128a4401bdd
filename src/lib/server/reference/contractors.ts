/**
 * Reads `us_defense_contractor_revenues_2022_2023.csv`: yearly revenues of the largest US defence
 * contractors, in whole dollars, each row with its own source ("same as above" resolved). Node only.
 */
import type { ContractorRevenue } from '../../reference/model';
import { DataFileError, matching, positiveNumber, readCsv, text, unique } from './checks';

export function loadContractors(file: string): ContractorRevenue[] {
	const columns = ['company', 'revenue_scope', 'calendar_year', 'revenue_usd_billion', 'precision'];
	const rows = readCsv(file, [...columns, 'scope_note', 'source', 'verification']);
	const seen = new Set<string>();
	let previous: { company: string; source: string } | undefined;
	return rows.map((row) => {
		const company = text(file, row, 'company');
		// Some rows cite "same as above": resolve it, since rows are shown one at a time.
		let source = text(file, row, 'source');
		if (/^same as above/.test(source)) {
			if (previous?.company !== company) {
				throw new DataFileError(
					file,
					row.line,
					'source',
					'"same as above" but the row above is another company'
				);
			}
			source = source.replace(/^same as above/, previous.source);
		}
		previous = { company, source };
		const year = Number(matching(file, row, 'calendar_year', /^\d{4}$/));
		unique(file, row, 'calendar_year', seen, `${company} ${year}`);
		return {
			company,
			scope: text(file, row, 'revenue_scope'),
			year,
			// Whole dollars: 67.571 × 1e9 in floating point is not an integer.
			usd: Math.round(positiveNumber(file, row, 'revenue_usd_billion') * 1e9),
			precision: text(file, row, 'precision'),
			scopeNote: row.get('scope_note'),
			source,
			verification: text(file, row, 'verification')
		};
	});
}
