/**
 * Turns per-sentence matches into `Figure`s: offsets and quote anchors from the tokens, ids in text
 * order, labels, and `equivalentOf` resolved from match indices to ids. In: each sentence's context,
 * index and matches. Out: `Figure[]` sorted by start. Never re-reads the text beyond the spans given.
 */
import type { Ctx, Match } from './context';
import { labelFor } from './label';
import type { Figure, StatedRate } from './model';
import { anchorsFrom, idMaker } from './anchors';
import type { RateMatch } from './stated-rates';

export interface SentenceMatches {
	ctx: Ctx;
	sentence: number;
	matches: Match[];
}

export function anchorsAndIds(sentences: SentenceMatches[]): Figure[] {
	const nextId = idMaker();
	const figures: Figure[] = [];
	for (const { ctx, sentence, matches } of sentences) {
		const made: Figure[] = [];
		const labels: string[] = [];
		matches.forEach((m, k) => {
			const anchor = anchorsFrom(ctx, m, sentence);
			const label = labelFor(ctx, k, matches, labels);
			labels.push(label);
			made.push({
				...anchor,
				id: nextId(m.kind, anchor.exact),
				kind: m.kind,
				value: m.value,
				currency: m.currency,
				unit: m.unit,
				approximate: m.approximate,
				qualifier: m.qualifier,
				date: m.date,
				fiscal: m.fiscal,
				endValue: m.endValue,
				points: m.points,
				equivalentOf: null,
				label,
				check: m.check
			});
		});
		matches.forEach((m, k) => {
			const self = made[k];
			const other = made[m.equivalent];
			if (!self || !other) return;
			self.equivalentOf = other.id;
			// The bracketed amount restates the first one, so it measures the same thing.
			if (m.equivalent < k) self.label = other.label;
		});
		figures.push(...made);
	}
	return figures;
}

/** Stated rates with their anchors, as matched in one sentence. */
export function rateAnchors(ctx: Ctx, sentence: number, rates: RateMatch[]): StatedRate[] {
	return rates.map((r) => {
		const anchor = anchorsFrom(ctx, { from: r.from, to: r.to }, sentence);
		return { ...anchor, base: r.base, quote: r.quote, rate: r.rate };
	});
}
