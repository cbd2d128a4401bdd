/**
 * A reader's edits as `data/notes/<slug>.yml`, merged with the notes the article already has, so
 * "Download notes" gives a file the build accepts as it is. Pure. Notes anchor by quote, not by id:
 * each edited figure gets the shortest stretch of its sentence around it that occurs once in the
 * article and holds no other whole figure (the build applies a note to every figure inside it).
 */
import { stringify } from 'yaml';
import type { Figure, Sentence } from '$lib/figures/model';
import type { Notes } from '$lib/notes/schema';
import type { Edits } from './model';

/** Below the schema's minimum a quote is refused, however unique. */
const QUOTE_MIN = 3;

function occursOnce(text: string, quote: string): boolean {
	const first = text.indexOf(quote);
	return first >= 0 && text.indexOf(quote, first + 1) < 0;
}

/**
 * The quote that anchors `figure` alone, or null when none in its sentence does (the same sentence
 * twice in one article). Grows a word at a time on each side, within the sentence, never far
 * enough to take in another figure whole.
 */
export function quoteFor(text: string, sentences: Sentence[], figures: Figure[], figure: Figure) {
	const sentence = sentences[figure.sentence] ?? { start: 0, end: text.length };
	// The span may reach into a neighbour, but must stop short of covering it.
	let floor = sentence.start;
	let ceiling = sentence.end;
	for (const other of figures) {
		if (other.id === figure.id || (other.start === figure.start && other.end === figure.end))
			continue;
		if (other.end <= figure.start) floor = Math.max(floor, other.start + 1);
		else if (other.start >= figure.end) ceiling = Math.min(ceiling, other.end - 1);
	}
	let start = figure.start;
	let end = figure.end;
	const quote = () => text.slice(start, end).trim();
	for (let step = 0; step < 400; step++) {
		const q = quote();
		if (q.length >= QUOTE_MIN && occursOnce(text, q)) return q;
		const left = text.lastIndexOf(' ', start - 2) + 1;
		const right = text.indexOf(' ', end + 1);
		const nextStart = Math.max(floor, left > 0 ? left : sentence.start);
		const nextEnd = Math.min(ceiling, right < 0 ? sentence.end : right);
		if (nextStart === start && nextEnd === end) return null;
		[start, end] = [nextStart, nextEnd];
	}
	return null;
}

export function notesWithEdits(
	page: { text: string; sentences: Sentence[]; figures: Figure[]; notes: Notes },
	edits: Edits
): { notes: Notes; problems: string[] } {
	const problems: string[] = [];
	const notes: Notes = structuredClone(page.notes);
	for (const [id, edit] of Object.entries(edits.charts)) {
		const kept = { ...notes.charts[id as keyof Notes['charts']] };
		if (edit?.title?.trim()) kept.title = edit.title.trim();
		if (edit?.subtitle?.trim()) kept.subtitle = edit.subtitle.trim();
		if (Object.keys(kept).length) notes.charts[id as keyof Notes['charts']] = kept;
	}
	for (const [id, edit] of Object.entries(edits.figures)) {
		const figure = page.figures.find((f) => f.id === id);
		const label = edit.label?.trim();
		const entry = {
			...(label ? { label } : {}),
			...(edit.hidden !== undefined ? { hidden: edit.hidden } : {}),
			...(edit.correction ? { correction: edit.correction } : {})
		};
		if (!figure || Object.keys(entry).length === 0) continue;
		const quote = quoteFor(page.text, page.sentences, page.figures, figure);
		if (!quote) {
			problems.push(
				`The edit of “${figure.exact}” is not in the notes: no quote from its sentence occurs only once in the article.`
			);
			continue;
		}
		// Later notes win, so a reader's edit overrides an older note on the same figure.
		const same = notes.figures.find((n) => n.quote === quote);
		if (same) Object.assign(same, entry);
		else notes.figures.push({ quote, ...entry });
	}
	notes.events.push(...edits.events);
	return { notes, problems };
}

/** The notes as YAML, with the header a hand-written notes file has. */
export function notesYaml(slug: string, notes: Notes): string {
	const plain: Record<string, unknown> = {};
	if (Object.keys(notes.charts).length) plain.charts = notes.charts;
	if (notes.figures.length) plain.figures = notes.figures;
	if (notes.events.length) plain.events = notes.events;
	const { percent, guideline, series } = notes.context;
	const context = {
		...(percent.length ? { percent } : {}),
		...(guideline ? { guideline } : {}),
		...(Object.keys(series).length ? { series } : {})
	};
	if (Object.keys(context).length) plain.context = context;
	return (
		`# Editorial notes for data/articles/${slug}.md, with edits made in the dashboard.\n` +
		`# Each quote must occur exactly once in the article; the build fails if one stops matching.\n` +
		stringify(plain, { lineWidth: 0 })
	);
}
