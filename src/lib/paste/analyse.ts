/**
 * From a pasted article's text to what its dashboard charts: sentences, figures (capped per chart)
 * and the warnings the cap produces. Pure and synchronous, so the Web Worker runs it as is and the
 * tests call it directly; `chunked.ts` is the same work split into slices for the main thread.
 */
import { convert } from '$lib/currency/convert';
import { parseCurrencyCode } from '$lib/currency/codes';
import type { RateTable } from '$lib/currency/table';
import { extractFigures, splitSentences, type Figure, type Sentence } from '$lib/figures';
import { capFigures } from './cap';

export interface AnalyseRequest {
	text: string;
	/** The article's own date, for "last month" and the like. */
	published: string;
	/** The rates of `on`, to rank amounts in different currencies against each other. */
	table: RateTable;
	on: string;
}

export interface Analysis {
	sentences: Sentence[];
	figures: Figure[];
	/** How many figures extraction found, before the cap. */
	found: number;
	warnings: string[];
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

export function finishAnalysis(
	req: AnalyseRequest,
	sentences: Sentence[],
	figures: Figure[]
): Analysis {
	const capped = capFigures(figures, moneySize(req.table, req.on));
	return { sentences, figures: capped.figures, found: figures.length, warnings: capped.warnings };
}

export function analyse(req: AnalyseRequest): Analysis {
	const sentences = splitSentences(req.text);
	const figures = extractFigures(req.text, { published: req.published });
	return finishAnalysis(req, sentences, figures);
}
