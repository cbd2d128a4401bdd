/**
 * Display names for figure kinds, as DESIGN.md fixes them for the "Figure types" checkboxes.
 * Pure data shared by the filters, the list and the charts.
 */
import type { FigureKind } from '$lib/figures/model';

/** The filter groups: years and dates share one checkbox, as both go on the timeline. */
export const TYPE_FILTERS = [
	{ key: 'money', label: 'Money', kinds: ['money'] },
	{ key: 'percent', label: 'Percentages', kinds: ['percent'] },
	{ key: 'dates', label: 'Years and dates', kinds: ['year', 'date'] },
	{ key: 'quantity', label: 'Quantities', kinds: ['quantity'] }
] as const satisfies readonly { key: string; label: string; kinds: readonly FigureKind[] }[];

export type TypeKey = (typeof TYPE_FILTERS)[number]['key'];

export const KIND_LABEL: Record<FigureKind, string> = {
	money: 'Money',
	percent: 'Percentage',
	year: 'Year',
	date: 'Date',
	quantity: 'Quantity'
};

export function typeKeyOf(kind: FigureKind): TypeKey {
	return TYPE_FILTERS.find((t) => (t.kinds as readonly FigureKind[]).includes(kind))!.key;
}

/** Each type's noun, singular and plural, for counts and notices. */
export const TYPE_NOUNS: Record<TypeKey, [string, string]> = {
	money: ['amount of money', 'amounts of money'],
	percent: ['percentage', 'percentages'],
	dates: ['year or date', 'years and dates'],
	quantity: ['quantity', 'quantities']
};

/** "1 percentage", "3 amounts of money". */
export function countOf(n: number, key: TypeKey): string {
	return `${n} ${TYPE_NOUNS[key][n === 1 ? 0 : 1]}`;
}

/** How many figures of each type the article states, for the filter checkboxes. */
export function typeCounts(figures: readonly { kind: FigureKind }[]): Record<TypeKey, number> {
	const counts = Object.fromEntries(TYPE_FILTERS.map((t) => [t.key, 0])) as Record<TypeKey, number>;
	for (const f of figures) counts[typeKeyOf(f.kind)]++;
	return counts;
}
