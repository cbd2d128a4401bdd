/**
 * Applies an editor's edits to a page's figures and events. Pure. Corrections change the value the
 * charts draw and keep the article's own wording beside it; hidden figures leave the charts but stay
 * in the tables; labels replace the automatic ones unless left empty; events are anchored by a quote
 * exactly as editorial notes are. An edit that can no longer apply is reported, never guessed at.
 */
import type { Figure, Sentence } from '$lib/figures/model';
import { resolveEvents, type TimelineEvent } from '$lib/notes/apply';
import type { Correction, Edits } from './model';

export interface AppliedEdits {
	/** Every figure, corrected and relabelled; hidden ones included. */
	figures: Figure[];
	hidden: ReadonlySet<string>;
	/** Figure id → the article's own wording of a figure the editor corrected. */
	corrected: ReadonlyMap<string, string>;
	/** The page's events, then the editor's. */
	events: TimelineEvent[];
	charts: Edits['charts'];
	/** Edits that no longer apply, as sentences for the notice area. */
	problems: string[];
}

/** Why `correction` cannot apply to `figure`, or null when it can. */
export function correctionProblem(figure: Figure, correction: Correction): string | null {
	const kind = correction.kind ?? figure.kind;
	if (kind === 'money' && !(correction.currency ?? figure.currency)) {
		return 'A money value needs a currency: choose one.';
	}
	if (kind === 'year' && !(Number.isInteger(correction.value) && correction.value >= 1000)) {
		return 'A year is a whole number such as 2027.';
	}
	if (kind === 'date' && kind !== figure.kind)
		return 'A value cannot become a date: it has no day.';
	return null;
}

function corrected(figure: Figure, c: Correction): Figure {
	const kind = c.kind ?? figure.kind;
	const same = kind === figure.kind;
	return {
		...figure,
		kind,
		value: c.value,
		endValue: null,
		currency: kind === 'money' ? (c.currency ?? figure.currency) : null,
		unit: same ? figure.unit : null,
		date: kind === 'date' ? figure.date : null,
		fiscal: kind === 'year' && figure.fiscal,
		points: kind === 'percent' && figure.points,
		// The article's pair no longer states one amount twice once either side is corrected.
		equivalentOf: null,
		// The editor has checked it: that is what a correction is.
		check: null,
		corrected: figure.exact
	};
}

export function applyEdits(
	page: { text: string; sentences: Sentence[]; figures: Figure[]; events: TimelineEvent[] },
	edits: Edits
): AppliedEdits {
	const problems: string[] = [];
	const hidden = new Set<string>();
	const wording = new Map<string, string>();
	const byId = new Map(page.figures.map((f) => [f.id, f]));
	const figures = page.figures.map((figure) => {
		const edit = edits.figures[figure.id];
		if (!edit) return figure;
		let next = figure;
		const label = edit.label?.trim();
		if (label) next = { ...next, label };
		if (edit.hidden) hidden.add(figure.id);
		if (edit.correction) {
			const problem = correctionProblem(figure, edit.correction);
			if (problem) problems.push(`The correction of “${figure.exact}” is not applied: ${problem}`);
			else {
				next = corrected(next, edit.correction);
				wording.set(figure.id, figure.exact);
			}
		}
		return next;
	});
	// A pair's other side loses its link too, or it would still be drawn as this figure's alias.
	const unpaired = figures.map((f) =>
		f.equivalentOf && wording.has(f.equivalentOf) && byId.has(f.equivalentOf)
			? { ...f, equivalentOf: null }
			: f
	);
	// A pair stated in two currencies is one bar: hiding either side hides both.
	for (const f of unpaired) {
		if (f.equivalentOf && (hidden.has(f.id) || hidden.has(f.equivalentOf))) {
			hidden.add(f.id).add(f.equivalentOf);
		}
	}
	const added = resolveEvents(page.text, page.sentences, edits.events, 'edit-event');
	problems.push(...added.problems);
	return {
		figures: unpaired,
		hidden,
		corrected: wording,
		events: [...page.events, ...added.events],
		charts: edits.charts,
		problems
	};
}
