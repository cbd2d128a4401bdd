/**
 * Looks up the reference values that editorial notes cite (`sipri:JPN:2023`, `fact:sec_ratio_fy2024`)
 * in data/reference/, keeping each value's source and verification status with it, so an unverified
 * figure is never shown as verified.
 */
import { DataFileError, positiveNumber, readCsv } from './csv';

export const REFERENCE_DIR = 'data/reference';

export interface ReferenceValue {
	id: string;
	value: number;
	unit: string;
	/** The year or date the value refers to. */
	period: string;
	source: string;
	/** As PROVENANCE.md and the file state it: "verified", "secondary", "unverified"... */
	verification: string;
}

const SIPRI = `${REFERENCE_DIR}/sipri_milex_share_of_gdp.csv`;
const FACTS = `${REFERENCE_DIR}/key_facts.csv`;

function sipri(iso3: string, year: string, id: string): ReferenceValue | undefined {
	const rows = readCsv(SIPRI, ['iso3', 'calendar_year', 'military_expenditure_pct_of_gdp_sipri']);
	const row = rows.find((r) => r.get('iso3') === iso3 && r.get('calendar_year') === year);
	if (!row) return undefined;
	return {
		id,
		value: positiveNumber(SIPRI, row, 'military_expenditure_pct_of_gdp_sipri'),
		unit: '% of GDP',
		period: year,
		source: 'SIPRI Military Expenditure Database (2025), via Our World in Data',
		verification: 'verified (secondary copy)'
	};
}

function fact(factId: string, id: string): ReferenceValue | undefined {
	const rows = readCsv(FACTS, ['fact_id', 'value', 'unit', 'period_or_date', 'source_publisher']);
	const row = rows.find((r) => r.get('fact_id') === factId);
	if (!row) return undefined;
	// Values such as "1.19 (FY2022: 0.96)" lead with the number the fact is about.
	const lead = /^\s*(\d+(?:\.\d+)?)/.exec(row.get('value'));
	if (!lead?.[1]) {
		throw new DataFileError(
			FACTS,
			row.line,
			'value',
			`${JSON.stringify(row.get('value'))} has no leading number`
		);
	}
	return {
		id,
		value: Number(lead[1]),
		unit: row.get('unit'),
		period: row.get('period_or_date'),
		source: [row.get('source_publisher'), row.get('source_title_or_detail')]
			.filter(Boolean)
			.join(', '),
		verification: row.get('verification') || 'unverified'
	};
}

/** Undefined when the data has no such value: callers explain the gap rather than fail. */
export function lookupReference(id: string): ReferenceValue | undefined {
	const [kind, a, b] = id.split(':');
	if (kind === 'sipri' && a && b) return sipri(a, b, id);
	if (kind === 'fact' && a) return fact(a, id);
	return undefined;
}
