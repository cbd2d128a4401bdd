/**
 * One row of `npm run bench`. Machines here are noisy, so every figure is reported beside a baseline
 * measured in the same run, and the ratio is what a reader should compare across runs.
 */
export interface BenchRow {
	/** What was measured, e.g. "extract: default article". */
	name: string;
	/** The measured figure, in `unit`. */
	value: number;
	unit: string;
	/** What the baseline is, e.g. "Intl.Segmenter sentences only". */
	baselineName: string;
	baseline: number;
	/** value / baseline (or baseline / value for throughputs; `note` says which). */
	ratio: number;
	note?: string;
}

export type BenchSection = () => Promise<BenchRow[]>;
