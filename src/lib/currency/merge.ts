/**
 * `mergeTables`: the ECB-derived rate file and the Fed H.10 file as one `RateTable`.
 *
 * Input: the table of `fx_daily_jpy_usd_eur_*.csv` (ECB columns and the Fed's JPY per USD, 2012 on)
 * and the table of `fx_daily_fed_h10_*.csv` (all 22 H.10 series, 1999 to 2024), each already
 * validated, with their file names and texts for error messages. Output: one table on the union of
 * their dates, every series realigned, `null` where a file has no row. Both files carry DEXJPUS; a
 * day they both publish must agree exactly (they are copies of one FRED series), and a day one has
 * and the other lacks is kept from whichever has it, so the JPY column runs 1999 to July 2025. A
 * disagreement is a `RateFileError` at the H.10 file's line. Pure.
 */

import { RateFileError } from './errors';
import { h10Column } from './h10';
import type { RateTable, Series } from './table';

export interface MergeInput {
	table: RateTable;
	file: string;
}

export function mergeTables(ecb: MergeInput, h10: MergeInput & { text: string }): RateTable {
	const dates = [...new Set([...ecb.table.dates, ...h10.table.dates])].sort();
	const index = new Map(dates.map((d, i) => [d, i]));
	const align = (from: RateTable, series: Series): Series => {
		const out: Series = new Array(dates.length).fill(null);
		from.dates.forEach((d, i) => (out[index.get(d) as number] = series[i] ?? null));
		return out;
	};
	const table: RateTable = { dates, ecb: {} };
	for (const [c, s] of Object.entries(ecb.table.ecb)) {
		table.ecb[c as keyof RateTable['ecb']] = align(ecb.table, s);
	}
	const fed = align(ecb.table, ecb.table.fed ?? []);
	const other = align(h10.table, h10.table.fed ?? []);
	other.forEach((v, i) => {
		const mine = fed[i] ?? null;
		if (v !== null && mine !== null && v !== mine) {
			const date = dates[i] as string;
			const line = h10.text.split(/\r?\n/).findIndex((l) => l.startsWith(`${date},`)) + 1;
			const problem = `${v} on ${date} disagrees with ${ecb.file} (${mine}); both are FRED DEXJPUS`;
			throw new RateFileError(h10.file, line, h10Column('JPY'), problem);
		}
		if (mine === null) fed[i] = v;
	});
	table.fed = fed;
	table.h10 = {};
	for (const [c, s] of Object.entries(h10.table.h10 ?? {})) {
		table.h10[c as keyof NonNullable<RateTable['h10']>] = align(h10.table, s);
	}
	return table;
}
