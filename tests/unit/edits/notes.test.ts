import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THEMES } from '$lib/charts/theme';
import type { ChartSpec } from '$lib/charts/spec';
import { rateYearFor, yearTable } from '$lib/currency/years';
import { EMPTY_EDITS, type Edits } from '$lib/edits/model';
import { notesWithEdits, notesYaml, quoteFor } from '$lib/edits/notes';
import type { Figure } from '$lib/figures/model';
import { analyse } from '$lib/page/analyse';
import { buildPageData } from '$lib/page/build';
import type { PageData } from '$lib/page/model';
import { pastedSources } from '$lib/paste/sources';
import { EMPTY_NOTES, notesSchema, type Notes } from '$lib/notes/schema';
import { loadArticlesFrom } from '$lib/server/load-articles';
import { loadNotes } from '$lib/server/notes';
import { articleSources } from '$lib/server/page-data';
import { loadRates } from '$lib/server/rates';
import { parseYamlFile } from '$lib/server/yaml-file';
import { DEFAULT_STATE } from '$lib/state/url';
import { buildDashboard } from '$lib/view/dashboard';
import { DEFAULT_SLUG } from '../helpers/default-article';

const article = loadArticlesFrom('data/articles').find((a) => a.slug === DEFAULT_SLUG)!;
const original = buildPageData(articleSources(article));

const view = (data: PageData, edits: Edits = EMPTY_EDITS) =>
	buildDashboard(data, DEFAULT_STATE, THEMES.light, 'linear', edits);

/** The YAML as the build reads it: parsed, validated and written where `loadNotes` looks. */
function readBack(slug: string, yaml: string, text?: string): Notes {
	const { data } = parseYamlFile(yaml, `${slug}.yml`, notesSchema, 'notes');
	if (text === undefined) return data;
	const dir = mkdtempSync(join(tmpdir(), 'edits-notes-'));
	writeFileSync(join(dir, `${slug}.yml`), yaml);
	const loaded = loadNotes({ ...article, slug, text }, dir);
	expect(loaded).toEqual(data);
	return loaded;
}

/** What a chart shows, with the ids of events (which differ by where they came from) left out. */
function shown(chart: ChartSpec) {
	const labels = (chart.config as { data: { labels?: unknown } }).data.labels;
	return {
		id: chart.id,
		title: chart.title,
		subtitle: chart.subtitle,
		notes: chart.notes,
		corrections: chart.corrections,
		labels,
		rows: chart.rows.map((r) => ({
			figureId: r.figureId?.includes('event') ? 'event' : r.figureId,
			marker: r.marker,
			label: r.label,
			stated: r.stated,
			shown: r.shown,
			value: r.value,
			hidden: r.hidden,
			corrected: r.corrected
		}))
	};
}

const figure = (data: { figures: Figure[] }, id: string) => {
	const f = data.figures.find((x) => x.id === id);
	if (!f) throw new Error(`no figure ${id}`);
	return f;
};

// A story written for these tests: "$4 billion" twice, a sentence twice, short and crowded figures.
const STORY = [
	'Northmark will spend $4 billion on coastal radars, its defence ministry said on Monday.',
	'A rival bid from Eastvale was also worth $4 billion, officials said.',
	'The first radar is due in 2026.',
	'The first radar is due in 2026.',
	'Eastvale keeps 12 frigates at sea and plans 3 more by 2030.',
	'\n\nBoth bids rose 5% in a year, and the tender closes in March 2025.'
].join(' ');
const STORY_META = {
	title: 'Two radar bids',
	source: 'Tests',
	published: '2024-06-01',
	language: 'en'
};
const rates = loadRates();

function storyPage(text: string, notes?: Notes): PageData {
	return buildPageData(
		pastedSources({
			meta: STORY_META,
			text,
			extraction: analyse({ text, published: STORY_META.published }),
			rates: yearTable(rates, rateYearFor(rates, STORY_META.published)),
			notices: [],
			notes
		})
	);
}
const story = storyPage(STORY);

describe('quoteFor', () => {
	it.each(original.figures.map((f) => [f.id, f] as const))(
		'anchors %s of the default article alone',
		(_, f) => {
			const q = quoteFor(original.text, original.sentences, original.figures, f)!;
			expect(q).toContain(f.exact);
			expect(original.text.split(q)).toHaveLength(2);
		}
	);

	it('grows the quote of a repeated figure until it occurs once, within its sentence', () => {
		const [first, second] = ['money-4-billion', 'money-4-billion-2'].map((id) => figure(story, id));
		expect(first!.exact).toBe(second!.exact);
		const q1 = quoteFor(STORY, story.sentences, story.figures, first!)!;
		const q2 = quoteFor(STORY, story.sentences, story.figures, second!)!;
		expect(q1).not.toBe('$4 billion');
		expect(q2).not.toBe('$4 billion');
		expect(STORY.indexOf(q1)).toBeLessThanOrEqual(first!.start);
		expect(STORY.indexOf(q2)).toBeLessThanOrEqual(second!.start);
		expect(STORY.indexOf(q2) + q2.length).toBeGreaterThanOrEqual(second!.end);
		expect(STORY.split(q1)).toHaveLength(2);
		expect(STORY.split(q2)).toHaveLength(2);
		expect(story.sentences[1]!.text).toContain(q2);
	});

	it('grows a quote shorter than three characters', () => {
		const q = quoteFor(STORY, story.sentences, story.figures, figure(story, 'percent-5'))!;
		expect(q.length).toBeGreaterThanOrEqual(3);
		expect(q).toContain('5%');
	});

	it('gives null for a figure whose sentence occurs twice verbatim', () => {
		for (const id of ['year-2026', 'year-2026-2']) {
			expect(quoteFor(STORY, story.sentences, story.figures, figure(story, id))).toBeNull();
		}
	});

	// Sentences written for this property; repeats are likely, so quotes must grow or give up.
	const POOL = [
		'Harbour patrols cost $3 billion last year.',
		'The navy ordered 40 drones in 2025.',
		'Spending rose 4% to $3 billion.',
		'The plan runs to 2030.',
		'Officials said 40 drones would follow by 2030.',
		'A second deal worth $3 billion was signed in March 2024.',
		'Ministers met again.',
		'About 1,200 sailors and 40 drones took part, up 4%.'
	];

	it('never quotes another whole figure, and every quote occurs exactly once', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...POOL), { minLength: 1, maxLength: 8 }),
				fc.array(fc.constantFrom(' ', '\n\n'), { minLength: 8, maxLength: 8 }),
				(sentences, gaps) => {
					const text = sentences.map((s, i) => (i ? gaps[i]! : '') + s).join('');
					const page = analyse({ text, published: '2025-01-15' });
					for (const f of page.figures) {
						const q = quoteFor(text, page.sentences, page.figures, f);
						const sentence = page.sentences[f.sentence]!;
						if (q === null) {
							const alone = !page.figures.some(
								(o) =>
									o !== f && o.sentence === f.sentence && (o.start !== f.start || o.end !== f.end)
							);
							// Alone in its sentence, a figure lacks a quote only when the sentence repeats.
							if (alone) expect(text.split(sentence.text.trim()).length).toBeGreaterThan(2);
							continue;
						}
						const at = text.indexOf(q);
						expect(text.indexOf(q, at + 1)).toBe(-1);
						expect(q.length).toBeGreaterThanOrEqual(3);
						expect(at).toBeLessThanOrEqual(f.start);
						expect(at + q.length).toBeGreaterThanOrEqual(f.end);
						expect(at).toBeGreaterThanOrEqual(sentence.start);
						expect(at + q.length).toBeLessThanOrEqual(sentence.end);
						const inside = page.figures.filter(
							(o) =>
								o.start >= at && o.end <= at + q.length && (o.start !== f.start || o.end !== f.end)
						);
						expect(inside.map((o) => o.exact)).toEqual([]);
					}
				}
			),
			{ numRuns: 150, seed: 20260101 }
		);
	});
});

describe('notesWithEdits and notesYaml', () => {
	it('keeps the notes an article has when nothing is edited, and the YAML reads back the same', () => {
		const { notes, problems } = notesWithEdits(original, EMPTY_EDITS);
		expect(problems).toEqual([]);
		expect(notes).toEqual(original.notes);
		const yaml = notesYaml(DEFAULT_SLUG, notes);
		expect(yaml).toMatch(
			new RegExp(`^# Editorial notes for data/articles/${DEFAULT_SLUG}\\.md, with edits`)
		);
		expect(readBack(DEFAULT_SLUG, yaml, original.text)).toEqual(original.notes);
	});

	it('writes empty notes as a file that reads back empty', () => {
		const yaml = notesYaml('empty', EMPTY_NOTES);
		expect(yaml).not.toMatch(/^(charts|figures|events|context):/m);
		expect(readBack('empty', yaml)).toEqual(EMPTY_NOTES);
	});

	it('does not change the notes it was given', () => {
		const before = structuredClone(original.notes);
		notesWithEdits(original, {
			...EMPTY_EDITS,
			charts: { money: { title: 'New' } },
			figures: { 'year-2027': { label: 'New label' } },
			events: [{ quote: 'the late prime minister', date: '2014-04-01', label: 'x' }]
		});
		expect(original.notes).toEqual(before);
	});

	it('overrides an older note on the same quote instead of adding a second one', () => {
		const { notes } = notesWithEdits(original, {
			...EMPTY_EDITS,
			figures: { 'year-2027': { hidden: true } }
		});
		// "GDP by 2027" is the old note's quote; the shortest unique quote is "2027".
		const mine = notes.figures.filter((n) => n.quote === '2027');
		expect(mine).toEqual([{ quote: '2027', hidden: true }]);
		expect(notes.figures).toHaveLength(original.notes.figures.length + 1);
	});

	it('reports an edit it cannot anchor instead of writing a wrong quote', () => {
		const { notes, problems } = notesWithEdits(story, {
			...EMPTY_EDITS,
			figures: {
				'year-2026-2': { label: 'Second radar' },
				'quantity-12-frigates': { label: 'Ships' }
			}
		});
		expect(problems).toEqual([
			'The edit of “2026” is not in the notes: no quote from its sentence occurs only once in the article.'
		]);
		expect(notes.figures).toEqual([{ quote: '12 frigates', label: 'Ships' }]);
	});

	it('skips an edit of an unknown figure and an edit that changes nothing', () => {
		const { notes, problems } = notesWithEdits(original, {
			...EMPTY_EDITS,
			charts: { money: { title: '  ', subtitle: '' } },
			figures: { 'year-1999': { label: 'Gone' }, 'year-2027': { label: '   ' } }
		});
		expect(problems).toEqual([]);
		expect(notes).toEqual(original.notes);
	});
});

describe('round trip: edits → notes file → build', () => {
	const longLabel =
		'Japan’s defence budget for the fiscal year from April 2024, the largest since the war: agreed';
	const edits: Edits = {
		charts: {
			money: { title: 'Two amounts: "budget" & industry #1', subtitle: '  In dollars, as drawn  ' },
			timeline: { title: '- When: a list?' }
		},
		figures: {
			'money-56-billion': { label: longLabel, correction: { value: 5.7e10 } },
			'money-20-billion': { hidden: true },
			'year-2027': { label: 'Target year # not a comment' },
			'year-2014': { label: '' },
			'quantity-hundreds-of-thousands-of-rounds': { correction: { value: 300_000 } }
		},
		events: [{ quote: 'loosened the rules', date: '2014-04-01', label: 'Export rules eased' }]
	};

	const written = notesWithEdits(original, edits);
	const yaml = notesYaml(DEFAULT_SLUG, written.notes);
	const notes = readBack(DEFAULT_SLUG, yaml, original.text);
	const rebuilt = buildPageData({ ...articleSources(article), notes });

	it('writes every edit into a file the build accepts', () => {
		expect(longLabel.length).toBeGreaterThan(80);
		expect(written.problems).toEqual([]);
		expect(rebuilt.warnings).toEqual(original.warnings);
	});

	it('keeps the labels the notes already had', () => {
		// A quote the reader's edit shares gains its fields; its label stays.
		for (const note of original.notes.figures) {
			expect(notes.figures).toContainEqual(expect.objectContaining(note));
		}
		expect(notes.figures).toContainEqual({
			quote: 'hundreds of thousands of rounds',
			label: 'South Korean artillery rounds for Kyiv',
			correction: { value: 300_000 }
		});
		expect(figure(rebuilt, 'year-2014').label).toBe(figure(original, 'year-2014').label);
		expect(figure(rebuilt, 'money-3-trillion-yen').label).toBe(
			"Japan's defence industry, annual market"
		);
	});

	it('draws the same charts from the notes as from the edits', () => {
		const edited = view(original, edits);
		const published = view(rebuilt);
		expect(edited.problems).toEqual([]);
		expect(published.problems).toEqual([]);
		expect(published.charts.map(shown)).toEqual(edited.charts.map(shown));
		const ids = (v: typeof edited) =>
			Object.entries(v.editable).map(([chart, list]) => [
				chart,
				list!.map((e) => ({ ...e, id: e.id.includes('event') ? 'event' : e.id }))
			]);
		expect(ids(published)).toEqual(ids(edited));
		expect(published.automatic).toEqual(edited.automatic);
	});

	it('draws what was edited, not the article as it was', () => {
		const before = view(original).charts.map(shown);
		const after = view(rebuilt).charts;
		expect(after.map(shown)).not.toEqual(before);
		const money = after.find((c) => c.id === 'money')!;
		expect(money.title).toBe('Two amounts: "budget" & industry #1');
		expect(money.subtitle).toBe('In dollars, as drawn');
		expect(money.rows.map((r) => [r.figureId, r.label, r.hidden, r.corrected])).toEqual([
			['money-56-billion', longLabel, undefined, '$56 billion'],
			['money-3-trillion-yen', "Japan's defence industry, annual market", true, undefined]
		]);
		expect(money.corrections).toEqual([
			'Corrected: the article says “$56 billion”; corrected to $57 billion.'
		]);
		const timeline = after.find((c) => c.id === 'timeline')!;
		expect(timeline.title).toBe('- When: a list?');
		expect(timeline.rows.map((r) => r.label)).toContain('Target year # not a comment');
		expect(timeline.rows.map((r) => r.label)).toContain('Export rules eased');
		const quantity = after.find((c) => c.id === 'quantity')!;
		expect(quantity.rows[0]).toMatchObject({
			value: 300_000,
			corrected: 'hundreds of thousands of rounds'
		});
	});

	it('round-trips a story where a repeated figure needs a longer quote', () => {
		const storyEdits: Edits = {
			...EMPTY_EDITS,
			charts: { quantity: { title: 'Ships' } },
			figures: {
				'money-4-billion-2': { label: 'Eastvale’s bid' },
				'money-4-billion': { label: 'Northmark’s radars' },
				'percent-5': { correction: { value: 6 } },
				'year-2030': { hidden: true }
			}
		};
		const out = notesWithEdits(story, storyEdits);
		expect(out.problems).toEqual([]);
		expect(out.notes.figures.map((n) => n.quote)).not.toContain('$4 billion');
		const back = readBack('two-radar-bids', notesYaml('two-radar-bids', out.notes), STORY);
		const republished = storyPage(STORY, back);
		expect(figure(republished, 'money-4-billion-2').label).toBe('Eastvale’s bid');
		expect(figure(republished, 'money-4-billion').label).toBe('Northmark’s radars');
		expect(view(republished).charts.map(shown)).toEqual(view(story, storyEdits).charts.map(shown));
	});
});
