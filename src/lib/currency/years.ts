/**
 * The full rate series cut into one file per calendar year, for a reader who picks their own date.
 *
 * With 23 currencies since 1999 the whole table is 1.3 MB of JSON (355 KB gzipped), too much to
 * fetch for one day's rates. A year's file is `subsetTable` of the full table for every fixing day of
 * that year plus 1 January, so by `subsetTable`'s contract `convert`, `coverage` and `rateDayFor`
 * give the same answer on it as on the full table for any day of that year (a holiday on 1 January
 * takes the previous year's last fixing, which the subset keeps), and every pair's first and last
 * fixings are in every file. A day before the data uses the first year's file, a day after it the
 * last year's. About 50 KB (12–18 KB gzipped) per full year. Pure.
 */

import { parseIsoDate } from './dates';
import { subsetTable } from './subset';
import type { RateTable } from './table';

/** Every year from the table's first date to its last, as "1999", "2000", …. */
export function rateYears(table: RateTable): string[] {
	const first = Number(table.dates[0]?.slice(0, 4));
	const last = Number(table.dates.at(-1)?.slice(0, 4));
	if (!first || !last) return [];
	return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

/** The year whose file holds the rates of `date`: its own, clamped to the table's years. */
export function rateYearFor(table: RateTable, date: string): string {
	return yearFor(rateYears(table), date);
}

/** As `rateYearFor`, for a page that has the list of years rather than a table. */
export function yearFor(years: readonly string[], date: string): string {
	parseIsoDate(date);
	const year = date.slice(0, 4);
	if (years.length === 0) return year;
	return year < years[0]! ? years[0]! : year > years.at(-1)! ? years.at(-1)! : year;
}

/** The year's file: every fixing that a day of `year` can take, for every pair and source. */
export function yearTable(table: RateTable, year: string): RateTable {
	const jan1 = `${year}-01-01`;
	parseIsoDate(jan1);
	const days = table.dates.filter((d) => d.startsWith(`${year}-`) && d !== jan1);
	return subsetTable(table, [jan1, ...days]);
}
