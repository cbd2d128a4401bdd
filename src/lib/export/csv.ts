/**
 * The data behind one or more charts as CSV: one row per table row (each figure, hidden ones marked,
 * plus any reference value set beside them), with the value as stated, the converted value, the rate and its
 * date and source, the sentence and a link to it. Pure.
 *
 * RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote or line break,
 * quotes doubled. Decisions:
 * - A UTF-8 byte-order mark opens the file. Without it Excel on Windows reads the file in the
 *   local code page and mangles “ ” ’ — and ¥; csv-parse (`bom: true`), pandas and Python's
 *   `utf-8-sig` all skip it.
 * - Text cells that start with = + - @ (or a tab or carriage return) get a leading apostrophe. Cells
 *   quote article text and labels that anyone can paste in; spreadsheet apps run such a cell as a
 *   formula (OWASP "CSV injection"), which can leak data or launch commands. Number cells are left
 *   alone: they come from our own arithmetic, and "-0.5" must stay a number.
 */
import type { ChartSpec } from '$lib/charts/spec';
import type { Figure } from '$lib/figures/model';
import { figureLink } from './names';

export const CSV_COLUMNS = [
	'Chart',
	'Marker',
	'Figure',
	'Value as stated',
	'Currency',
	'Converted value',
	'Converted to',
	'Rate',
	'Rate date',
	'Rate source',
	'Sentence',
	'Sentence link',
	'Reference source',
	'Verification',
	'Check',
	'Edit'
] as const;

export const BOM = '\uFEFF';

/** Neutralises spreadsheet formulas in a text cell. */
export function guardFormula(cell: string): string {
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function quoteField(cell: string): string {
	return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A number as plain decimal text: no grouping, no exponent, money to the cent. */
function num(value: number, unitIsCurrency: boolean): string {
	const rounded = unitIsCurrency ? Math.round(value * 100) / 100 : value;
	return rounded.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 10 });
}

/** What an editor did to a row, in words a spreadsheet reader needs no legend for. */
function editOf(row: ChartSpec['rows'][number]): string {
	const edits = [
		...(row.hidden ? ['Hidden from the chart'] : []),
		...(row.corrected !== undefined ? [`Corrected: the article says “${row.corrected}”`] : [])
	];
	return edits.join('; ');
}

export interface CsvContext {
	/** Every figure of the article, for each row's own currency and id. */
	figures: readonly Figure[];
	/** Absolute URL of the article's page, for sentence links. */
	pageUrl: string;
}

export function chartCsv(specs: readonly ChartSpec[], ctx: CsvContext): string {
	const byId = new Map(ctx.figures.map((f) => [f.id, f]));
	const lines = [CSV_COLUMNS.join(',')];
	for (const spec of specs) {
		for (const row of spec.rows) {
			const figure = row.figureId ? byId.get(row.figureId) : undefined;
			const money = spec.id === 'money';
			const text = [
				spec.id,
				String(row.marker),
				row.label,
				row.stated,
				figure?.currency ?? '',
				null,
				row.unit,
				row.rate?.text ?? '',
				row.rate?.date ?? '',
				row.rate?.source ?? '',
				row.sentenceText,
				row.figureId ? figureLink(ctx.pageUrl, row.figureId) : '',
				row.reference?.source ?? '',
				row.reference?.verification ?? '',
				row.check ?? '',
				editOf(row)
			];
			const cells = text.map((t) =>
				t === null ? num(row.value, money) : quoteField(guardFormula(t))
			);
			lines.push(cells.join(','));
		}
	}
	return `${BOM}${lines.join('\r\n')}\r\n`;
}
