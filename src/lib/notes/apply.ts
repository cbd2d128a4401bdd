/**
 * Applies editorial notes to extracted figures: labels for the figures inside a quoted span, and
 * timeline events anchored to the sentence containing their quote. Pure; throws NoteAnchorError.
 */
import type { Figure, Sentence } from '$lib/figures/model';
import { anchorQuote } from './anchor';
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

export function applyNotes(
	text: string,
	sentences: Sentence[],
	figures: Figure[],
	notes: Notes
): { figures: Figure[]; events: TimelineEvent[] } {
	const labelled = figures.map((f) => ({ ...f }));
	for (const note of notes.figures) {
		const span = anchorQuote(text, note.quote);
		for (const figure of labelled) {
			if (figure.start >= span.start && figure.end <= span.end) figure.label = note.label;
		}
	}
	const events = notes.events.map((event, i) => {
		const span = anchorQuote(text, event.quote);
		const sentence = sentences.find((s) => s.start <= span.start && span.start < s.end);
		return {
			id: `event-${i + 1}`,
			date: event.date,
			label: event.label,
			sentence: sentence?.index ?? 0,
			exact: event.quote,
			start: span.start,
			end: span.end
		};
	});
	return { figures: labelled, events };
}
