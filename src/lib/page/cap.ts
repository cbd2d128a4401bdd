/**
 * Caps how many figures of each type an article charts, whichever path built it. Pure.
 *
 * The chart builders draw every figure they are given; an article with 10,000 numbers would give a
 * 10,000-bar chart that takes seconds to draw and that no one can read. So each type keeps at most
 * `cap` figures (money, percentages and quantities: the largest; years and dates: the first in the
 * article), in article order, and says what it left out. Figures left out are not linked in the text
 * either: a link must lead to a chart element that exists.
 */
import { convert } from '$lib/currency/convert';
import { parseCurrencyCode } from '$lib/currency/codes';
import type { RateTable } from '$lib/currency/table';
import type { Figure } from '$lib/figures/model';
import { TYPE_FILTERS, TYPE_NOUNS, typeKeyOf } from '$lib/view/kinds';

export const CHART_CAP = 30;

export interface Capped {
	figures: Figure[];
	/** One sentence per type that was capped. */
	warnings: string[];
}

const count = new Intl.NumberFormat('en');

/**
 * `size` ranks figures within a type; for money the caller passes a size in one currency, since
 * 5 billion yen is less than 1 billion euros.
 */
export function capFigures(
	figures: readonly Figure[],
	size: (f: Figure) => number = (f) => Math.abs(f.value),
	cap = CHART_CAP
): Capped {
	const keep = new Set<Figure>();
	const warnings: string[] = [];
	for (const { key, label } of TYPE_FILTERS) {
		const group = figures.filter((f) => typeKeyOf(f.kind) === key);
		if (group.length <= cap) {
			group.forEach((f) => keep.add(f));
			continue;
		}
		const chosen =
			key === 'dates'
				? group.slice(0, cap)
				: group
						.map((f) => ({ f, s: size(f) }))
						.sort((a, b) => b.s - a.s || a.f.start - b.f.start)
						.slice(0, cap)
						.map(({ f }) => f);
		chosen.forEach((f) => keep.add(f));
		const which = key === 'dates' ? 'first' : 'largest';
		warnings.push(
			`${label}: the chart shows the ${which} ${cap} of ${count.format(group.length)} ${TYPE_NOUNS[key][1]} in this article; the others are not charted or linked.`
		);
	}
	const ids = new Set([...keep].map((f) => f.id));
	const kept = figures
		.filter((f) => keep.has(f))
		// A pair split by the cap would point at a figure that is no longer there.
		.map((f) => (f.equivalentOf && !ids.has(f.equivalentOf) ? { ...f, equivalentOf: null } : f));
	return { figures: kept, warnings };
}

/** Size of an amount in US dollars, so the cap keeps the largest whatever the currency. */
export function moneySize(table: RateTable, on: string): (f: Figure) => number {
	return (f) => {
		if (f.kind !== 'money' || !f.currency) return Math.abs(f.value);
		try {
			return Math.abs(convert(f.value, parseCurrencyCode(f.currency), 'USD', on, table).value);
		} catch {
			return Math.abs(f.value); // an unconvertible currency still ranks by its face value
		}
	};
}
