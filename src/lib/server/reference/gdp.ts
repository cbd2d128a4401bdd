/**
 * Reads `japan_nominal_gdp.csv`: nominal GDP by fiscal or calendar year, one benchmark per vintage so
 * a series never mixes incomparable levels. Node only.
 */
import type { GdpPoint } from '../../reference/model';
import { DataFileError, matching, positiveNumber, readCsv, text, unique } from './checks';

export function loadGdp(file: string): GdpPoint[] {
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
