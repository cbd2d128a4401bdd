/**
 * Applies editorial notes to extracted figures: labels for the figures inside a quoted span, timeline
 * events anchored to the sentence containing their quote, and the editor's other changes (hidden,
 * corrected, chart titles) as edits keyed by figure id, which the dashboard applies with its
 * reader's own. Pure; `applyNotes` throws NoteAnchorError, as a bad notes file must fail the build.
 */
import type { Figure, Sentence } from '$lib/figures/model';
import type { Edits } from '$lib/edits/model';
import { anchorQuote, NoteAnchorError } from './anchor';
import type { Notes } from './schema';

export interface TimelineEvent {
	id: string;
	date: string;
	label: string;
	sentence: number;
	exact: string;
	start: number;
	end: number;
}

interface EventNote {
	quote: string;
	date: string;
	label: string;
}

/** Events anchored by their quotes; one whose quote does not anchor is a problem, not an event. */
export function resolveEvents(
	text: string,
	sentences: Sentence[],
	notes: EventNote[],
	idPrefix = 'event'
): { events: TimelineEvent[]; problems: string[] } {
	const events: TimelineEvent[] = [];
	const problems: string[] = [];
	notes.forEach((event, i) => {
		let span;
		try {
			span = anchorQuote(text, event.quote);
		} catch (e) {
			if (!(e instanceof NoteAnchorError)) throw e;
			problems.push(`The event “${event.label}” is not shown: its ${e.message}.`);
			return;
		}
		const sentence = sentences.find((s) => s.start <= span.start && span.start < s.end);
		events.push({
			id: `${idPrefix}-${i + 1}`,
			date: event.date,
			label: event.label,
			sentence: sentence?.index ?? 0,
			exact: event.quote,
			start: span.start,
			end: span.end
		});
	});
	return { events, problems };
}

export function applyNotes(
	text: string,
	sentences: Sentence[],
	figures: Figure[],
	notes: Notes
): { figures: Figure[]; events: TimelineEvent[]; edits: Edits } {
	const labelled = figures.map((f) => ({ ...f }));
	const edits: Edits = { charts: notes.charts, figures: {}, events: [] };
	for (const note of notes.figures) {
		const span = anchorQuote(text, note.quote);
		for (const figure of labelled) {
			if (figure.start < span.start || figure.end > span.end) continue;
			if (note.label !== undefined) figure.label = note.label;
			if (note.hidden === undefined && note.correction === undefined) continue;
			edits.figures[figure.id] = {
				...edits.figures[figure.id],
				...(note.hidden !== undefined ? { hidden: note.hidden } : {}),
				...(note.correction ? { correction: note.correction } : {})
			};
		}
	}
	for (const event of notes.events) anchorQuote(text, event.quote); // throws for the build
	const { events } = resolveEvents(text, sentences, notes.events);
	return { figures: labelled, events, edits };
}
