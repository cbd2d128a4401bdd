/**
 * `analyse` in slices, for when a Web Worker cannot start (an old browser, a blocked worker URL):
 * the same extraction job, one sentence at a time, yielding to the event loop whenever a slice has
 * run its time, so a 10,000-number article never holds the main thread for long. Produces exactly
 * what `analyse` produces (tested): `startExtraction` is the job `extractArticle` itself runs.
 */
import { startExtraction } from '$lib/figures';
import type { Extraction } from '$lib/page/model';
import type { AnalyseRequest } from '$lib/page/analyse';

/** Time per slice, well under the 200 ms a reader notices as a freeze. */
const SLICE_MS = 30;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function analyseInChunks(
	req: AnalyseRequest,
	pause: () => Promise<void> = nextTask,
	/** Time per slice; tests pass 0 to make every sentence its own slice, whatever the machine. */
	sliceMs = SLICE_MS
): Promise<Extraction> {
	const job = startExtraction(req.text, { published: req.published, language: req.language });
	let sliceStart = performance.now();
	for (let more = job.sentences.length > 0; more;) {
		more = job.step();
		if (performance.now() - sliceStart >= sliceMs) {
			await pause();
			sliceStart = performance.now();
		}
	}
	await pause();
	const { figures, rates } = job.result();
	return { sentences: job.sentences, figures, rates };
}
