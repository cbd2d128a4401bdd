/**
 * Looks up one reference value by the id editorial notes and claims use: `sipri:<ISO3>:<year>` or
 * `fact:<fact_id>`. Pure: it reads the `ReferenceSeries` already loaded and validated, so a value
 * looked up here carries the same source and verification as the same value in a reference chart.
 * Undefined when the data has no such value: callers explain the gap rather than fail.
 */
import type { ReferenceSeries } from './model';

export interface ReferenceValue {
	id: string;
	value: number;
	unit: string;
	/** The year or date the value refers to. */
	period: string;
	source: string;
	verification: string;
}

export function lookupReference(ref: ReferenceSeries, id: string): ReferenceValue | undefined {
	const [kind, a, b] = id.split(':');
	if (kind === 'sipri' && a && b) {
		const row = ref.shareOfGdp.find((r) => r.iso3 === a && String(r.year) === b);
		if (!row) return undefined;
		const { pct: value, source, verification } = row;
		return { id, value, unit: '% of GDP', period: b, source, verification };
	}
	const fact = kind === 'fact' && a ? ref.facts[a] : undefined;
	if (!fact) return undefined;
	const { value, unit, period, source, verification } = fact;
	return { id, value, unit, period, source, verification };
}
