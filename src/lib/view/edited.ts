/**
 * A chart spec as the editor left it: their title and subtitle, hidden figures listed after the
 * drawn ones (not drawn, not cited in the footer), corrected rows showing the article's own wording
 * with a footnote that every export carries. Pure.
 */
import { shorten, valueText } from '$lib/charts/common';
import type { ChartRow, ChartSpec } from '$lib/charts/spec';
import type { AppliedEdits } from '$lib/edits/apply';

/** Titles are cut where a caption would run past three lines; the edit box keeps every word. */
export const TITLE_MAX = 160;
/** Labels on a chart are cut; the table keeps them whole. */
export const CHART_LABEL_MAX = 80;

/** Hidden rows need keys of their own, past any marker a chart prints. */
const HIDDEN_MARKER_BASE = 10_000;

export function editedSpec(
	spec: ChartSpec,
	/** The same chart built with the hidden figures too, for their rows; `spec` when none are. */
	full: ChartSpec,
	applied: AppliedEdits,
	/** Each figure's whole label, for the table (the chart drew a cut one). */
	labels: ReadonlyMap<string, string>
): ChartSpec {
	const edit = applied.charts[spec.id];
	const title = edit?.title?.trim();
	const subtitle = edit?.subtitle?.trim();
	const whole = (row: ChartRow): ChartRow =>
		row.figureId && labels.has(row.figureId) ? { ...row, label: labels.get(row.figureId)! } : row;
	const drawn = spec.rows.map((row) => {
		const wording = row.figureId ? applied.corrected.get(row.figureId) : undefined;
		if (wording === undefined) return whole(row);
		// A reference row states the reference value; the article's wording is the article's row's.
		return whole({ ...row, ...(row.reference ? {} : { stated: wording }), corrected: wording });
	});
	const byId = new Map(applied.figures.map((f) => [f.id, f]));
	const hidden: ChartRow[] = full.rows
		.filter((r) => r.figureId && applied.hidden.has(r.figureId))
		.map((r, i) => ({ ...whole(r), marker: HIDDEN_MARKER_BASE + i, hidden: true }));
	// The corrected value in its own unit: a reference row charts the reference, not the figure.
	const corrections = drawn.flatMap((r) => {
		const figure = r.figureId ? byId.get(r.figureId) : undefined;
		return r.corrected === undefined || !figure
			? []
			: [
					`Corrected: the article says “${shorten(r.corrected, 80)}”; corrected to ${valueText(figure)}.`
				];
	});
	return {
		...spec,
		title: title ? shorten(title, TITLE_MAX) : spec.title,
		subtitle: subtitle ? shorten(subtitle, TITLE_MAX) : spec.subtitle,
		...(corrections.length ? { corrections } : {}),
		rows: [...drawn, ...hidden],
		// The other side of a hidden pair still links to its (hidden) row.
		aliases: {
			...spec.aliases,
			...Object.fromEntries(
				Object.entries(full.aliases).filter(([, target]) => applied.hidden.has(target))
			)
		}
	};
}

/**
 * The figures an editor can change in a chart, in the order of its rows, hidden ones too, each with
 * the marker the chart gives it when nothing is hidden: "Label of figure 3" is the row marked [3].
 */
export function editableFigures(full: ChartSpec): { id: string; marker: number }[] {
	return full.rows.flatMap((r) => (r.figureId ? [{ id: r.figureId, marker: r.marker }] : []));
}
