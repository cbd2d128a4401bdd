/**
 * Reads `key_facts.csv`: single facts (a target, a ratio, an estimate) by id, each with its leading
 * number, its value as written, its period and one citation (publisher and title; the address kept
 * apart). Node only.
 */
import type { KeyFact } from '../../reference/model';
import { DataFileError, matching, readCsv, text } from './checks';

export function loadFacts(file: string): Record<string, KeyFact> {
	const rows = readCsv(file, [
		'fact_id',
		'metric',
		'value',
		'unit',
		'period_or_date',
		'verification'
	]);
	const out: Record<string, KeyFact> = {};
	for (const row of rows) {
		const id = matching(file, row, 'fact_id', /^[a-z0-9_]+$/);
		if (id in out) throw new DataFileError(file, row.line, 'fact_id', `duplicate fact "${id}"`);
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
		const source = [row.get('source_publisher'), row.get('source_title_or_detail')];
		out[id] = {
			id,
			metric: text(file, row, 'metric'),
			value: Number(lead),
			text: valueText,
			unit: text(file, row, 'unit'),
			period: text(file, row, 'period_or_date'),
			source: source.filter(Boolean).join(', '),
			verification: text(file, row, 'verification'),
			url: row.get('url').trim() || null
		};
	}
	return out;
}
