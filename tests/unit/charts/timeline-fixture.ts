// A UK-style story written for these tests (no real article's sentences): one target year said four
// times, a full date in that year, two more percentages and years close together, plus two editorial
// events, one on the repeated year and one on a day of its own.
import { extractFigures, splitSentences } from '$lib/figures';
import type { TimelineEvent } from '$lib/notes/apply';

export const UK_TEXT = [
	'LONDON – The government will lift defence spending to 2.5% of GDP by 2027, the defence secretary said on Tuesday, calling it the biggest security splurge in a generation.',
	'Ministers first promised the rise in 2024 and again in 2025, when the budget was set.',
	'By 2027 the army will have its new vehicles, and by 2027 the navy will have two more frigates.',
	'A new procurement agency opens on 1 April 2027.',
	'The party wants 3% in the next parliament, and an official said the level could reach 3% by 2030.',
	'"And let me spell that out, that is a promise," the minister said of the 2027 level.'
].join(' ');

export const ukSentences = splitSentences(UK_TEXT);
export const ukFigures = extractFigures(UK_TEXT, { published: '2024-05-14' });

/** An event as editorial notes anchor it, on `date`, quoting sentence `sentence`. */
export function event(id: string, date: string, label: string, sentence = 0): TimelineEvent {
	return { id, date, label, sentence, exact: date, start: 0, end: 0 };
}

export const ukEvents = [
	event('event-1', '2027', 'Deadline for the 2% goal'),
	event('event-2', '2024-07-04', 'General election', 1)
];
