/**
 * The public API of figure extraction: pure functions from article text to anchored figures.
 * No Svelte, SvelteKit or DOM imports anywhere under `figures/`, so the build, the browser, the CLI
 * and the tests all run this same code.
 */
export { extractArticle, extractFigures, extractStatedRates } from './extract';
export { splitSentences } from './sentences';
export { startExtraction, type ExtractionJob } from './steps';
export { slug } from './anchors';
export { MAX_LABEL } from './label';
export { FIGURE_KINDS } from './model';
export type {
	Anchor,
	ArticleExtraction,
	ExtractOptions,
	Figure,
	FigureKind,
	Sentence,
	StatedRate
} from './model';
