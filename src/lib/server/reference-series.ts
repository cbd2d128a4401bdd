/**
 * Server and CLI only: reads the reference series that claims and charts use from `data/reference/`
 * and validates them at build time. A bad cell throws `DataFileError` as `file:line: column: reason`,
 * which fails the build at the cell to fix. Returns a plain `ReferenceSeries` (JSON-safe) in which
 * every value keeps the source and verification status its file gives it; nothing is upgraded.
 */
import type {
	BudgetYear,
	ContractorRevenue,
	GdpPoint,
	KeyFact,
	ReferenceSeries,
	ShareOfGdp
} from '../claims/reference';
import { DataFileError, positiveNumber, readCsv, type CsvRecord } from './csv';
import { REFERENCE_DIR } from './reference';

export const BUDGET_FILE = 'japan_defense_budget_fy2012_2026.csv';
export const GDP_FILE = 'japan_nominal_gdp.csv';
export const SIPRI_FILE = 'sipri_milex_share_of_gdp.csv';
export const CONTRACTORS_FILE = 'us_defense_contractor_revenues_2022_2023.csv';
export const FACTS_FILE = 'key_facts.csv';

/** The facts claims and charts cite: 2% target and guideline, the buildup plan, the ratios. */
export const RELEVANT_FACTS = [
	'nato_wales_2014',
	'nss_2pct',
	'dbp_43tn',
	'sec_ratio_fy2023',
	'sec_ratio_fy2024',
	'sec_ratio_fy2025',
	'industry_3tn',
	'fy2024_budget_kyodo'
] as const;

/** The SIPRI file has no per-row status; PROVENANCE.md: SIPRI 2025 data, read from an OWID copy. */
const SIPRI_SOURCE = 'SIPRI Military Expenditure Database (2025 release), via Our World in Data';
const SIPRI_VERIFICATION = 'verified (secondary copy)';
const OKU = 1e8; // 億円: the unit MOD publishes budgets in

type Check = (file: string, row: CsvRecord, column: string) => string;

const text: Check = (file, row, column) => {
	const value = row.get(column).trim();
	if (value === '') throw new DataFileError(file, row.line, column, 'must not be empty');
	return value;
};

function matching(file: string, row: CsvRecord, column: string, pattern: RegExp): string {
	const value = row.get(column);
	if (!pattern.test(value)) {
		throw new DataFileError(
			file,
			row.line,
			column,
			`${JSON.stringify(value)} must match ${pattern}`
		);
	}
	return value;
}

function unique(file: string, row: CsvRecord, column: string, seen: Set<string>, key: string) {
	if (seen.has(key)) throw new DataFileError(file, row.line, column, `duplicate row for ${key}`);
	seen.add(key);
}

function budget(file: string): BudgetYear[] {
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

function gdp(file: string): GdpPoint[] {
	const columns = ['period_type', 'period', 'nominal_gdp_jpy_billion', 'sna_benchmark', 'vintage'];
	const rows = readCsv(file, [...columns, 'release_date', 'source', 'verification']);
	const seen = new Set<string>();
	const benchmarkOf = new Map<string, string>();
	return rows.map((row) => {
		const periodType = matching(file, row, 'period_type', /^(FY|CY)$/) as 'FY' | 'CY';
		const period = matching(file, row, 'period', periodType === 'FY' ? /^FY\d{4}$/ : /^\d{4}$/);
		const [benchmark, vintage] = [text(file, row, 'sna_benchmark'), text(file, row, 'vintage')];
		unique(file, row, 'period', seen, `${period} in ${vintage}`);
		// One release must be one benchmark, or a "series" of it could mix incomparable levels.
		if ((benchmarkOf.get(vintage) ?? benchmark) !== benchmark) {
			throw new DataFileError(
				file,
				row.line,
				'sna_benchmark',
				`vintage "${vintage}" mixes benchmarks`
			);
		}
		benchmarkOf.set(vintage, benchmark);
		return {
			periodType,
			period,
			year: Number(period.slice(-4)),
			jpy: positiveNumber(file, row, 'nominal_gdp_jpy_billion') * 1e9,
			benchmark,
			vintage,
			releaseDate: text(file, row, 'release_date'),
			source: text(file, row, 'source'),
			verification: text(file, row, 'verification')
		};
	});
}

function shareOfGdp(file: string): ShareOfGdp[] {
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

function contractors(file: string): ContractorRevenue[] {
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

function facts(file: string, ids: readonly string[]): Record<string, KeyFact> {
	const rows = readCsv(file, [
		'fact_id',
		'metric',
		'value',
		'unit',
		'period_or_date',
		'verification'
	]);
	const out: Record<string, KeyFact> = {};
	for (const row of rows.filter((r) => ids.includes(r.get('fact_id')))) {
		const id = row.get('fact_id');
		const valueText = text(file, row, 'value');
		// Values such as "43 (43兆円程度)" or "about 3 (約3兆円)" lead with the number the fact is
		// about; the qualifier stays visible in `text`.
		const lead = /^\s*(?:about\s+)?(\d+(?:\.\d+)?)/.exec(valueText)?.[1];
		if (!lead)
			throw new DataFileError(
				file,
				row.line,
				'value',
				`${JSON.stringify(valueText)} has no leading number`
			);
		const source = [row.get('source_publisher'), row.get('source_title_or_detail'), row.get('url')];
		out[id] = {
			id,
			metric: text(file, row, 'metric'),
			value: Number(lead),
			text: valueText,
			unit: text(file, row, 'unit'),
			period: text(file, row, 'period_or_date'),
			source: source.filter(Boolean).join(', '),
			verification: text(file, row, 'verification')
		};
	}
	return out;
}

/** Reads every series afresh (they are small), so a dev server sees edits to data/ at once. */
export function loadReferenceSeries(dir = REFERENCE_DIR): ReferenceSeries {
	return {
		budget: budget(`${dir}/${BUDGET_FILE}`),
		gdp: gdp(`${dir}/${GDP_FILE}`),
		shareOfGdp: shareOfGdp(`${dir}/${SIPRI_FILE}`),
		contractors: contractors(`${dir}/${CONTRACTORS_FILE}`),
		facts: facts(`${dir}/${FACTS_FILE}`, RELEVANT_FACTS)
	};
}
