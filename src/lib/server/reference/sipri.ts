/**
 * Reads `sipri_milex_share_of_gdp.csv`: military expenditure as a share of GDP by country and
 * calendar year. The file has no per-row status; PROVENANCE.md: SIPRI 2025 data, read from an OWID
 * copy, so every row carries that one citation. Node only.
 */
import type { ShareOfGdp } from '../../reference/model';
import { DataFileError, matching, positiveNumber, readCsv, text, unique } from './checks';

export const SIPRI_SOURCE =
	'SIPRI Military Expenditure Database (2025 release), via Our World in Data';
const SIPRI_VERIFICATION = 'verified (secondary copy)';

export function loadShareOfGdp(file: string): ShareOfGdp[] {
	const pctColumn = 'military_expenditure_pct_of_gdp_sipri';
	const rows = readCsv(file, ['country', 'iso3', 'calendar_year', pctColumn]);
	const seen = new Set<string>();
	return rows.map((row) => {
		const iso3 = matching(file, row, 'iso3', /^[A-Z]{3}$/);
		const year = Number(matching(file, row, 'calendar_year', /^\d{4}$/));
		unique(file, row, 'calendar_year', seen, `${iso3} ${year}`);
		const pct = positiveNumber(file, row, pctColumn);
		if (pct >= 100) throw new DataFileError(file, row.line, pctColumn, `${pct} is not a share`);
		const country = text(file, row, 'country');
		return { iso3, country, year, pct, source: SIPRI_SOURCE, verification: SIPRI_VERIFICATION };
	});
}
