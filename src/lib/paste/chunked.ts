/**
 * `analyse` in slices, for when a Web Worker cannot start (an old browser, a blocked worker URL):
 * the same extraction, one batch of sentences at a time, yielding to the event loop between batches
 * so a 10,000-number article never holds the main thread for long. Produces exactly what
 * `extractFigures` produces (tested), because it runs the same per-sentence matcher and assembly.
 */
import { anchorsAndIds, type SentenceMatches } from '$lib/figures/assemble';
import type { Ctx } from '$lib/figures/context';
import { matchSentence } from '$lib/figures/extract';
import { splitSentences } from '$lib/figures';
import { tokenize } from '$lib/figures/tokens';
import type { Extraction } from '$lib/page/model';
import type { AnalyseRequest } from './analyse';

/** Time per slice, well under the 200 ms a reader notices as a freeze. */
const SLICE_MS = 30;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function analyseInChunks(
	req: AnalyseRequest,
	pause: () => Promise<void> = nextTask,
	/** Time per slice; tests pass 0 to make every sentence its own slice, whatever the machine. */
	sliceMs = SLICE_MS
): Promise<Extraction> {
	const sentences = splitSentences(req.text);
	const published = req.published;
	const perSentence: SentenceMatches[] = [];
	let sliceStart = performance.now();
	for (const s of sentences) {
		const ctx: Ctx = { text: req.text, ts: tokenize(req.text, s.start, s.end), published };
		perSentence.push({ ctx, sentence: s.index, matches: matchSentence(ctx) });
		if (performance.now() - sliceStart >= sliceMs) {
			await pause();
			sliceStart = performance.now();
		}
	}
	await pause();
	return { sentences, figures: anchorsAndIds(perSentence) };
}
