/**
 * Runs `analyse` in a Web Worker, falling back to sliced main-thread work when a worker cannot be
 * started or fails. The worker URL is resolved by Vite at build time into a same-origin file, which
 * the CSP's `worker-src 'self'` allows (no blob:, no eval).
 */
import type { Extraction } from '$lib/page/model';
import type { AnalyseRequest } from '$lib/page/analyse';
import type { WorkerReply } from './worker';

export interface AnalysisRun {
	extraction: Extraction;
	/** Where it ran, for the bench and for a note if the worker was unavailable. */
	where: 'worker' | 'main thread';
}

function inWorker(req: AnalyseRequest): Promise<Extraction> {
	return new Promise((resolve, reject) => {
		let worker: Worker;
		try {
			worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
		} catch (e) {
			reject(e);
			return;
		}
		const done = () => worker.terminate();
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			done();
			if (event.data.ok) resolve(event.data.extraction);
			else reject(new Error(event.data.message));
		};
		worker.onerror = (event) => {
			event.preventDefault(); // handled here: fall back instead of reporting a page error
			done();
			reject(new Error(event.message || 'the worker failed to start'));
		};
		worker.postMessage(req);
	});
}

export async function runAnalysis(
	req: AnalyseRequest,
	useWorker = typeof Worker !== 'undefined'
): Promise<AnalysisRun> {
	if (useWorker) {
		try {
			return { extraction: await inWorker(req), where: 'worker' };
		} catch {
			// Fall through: the same work, sliced, on the main thread.
		}
	}
	const { analyseInChunks } = await import('./chunked');
	return { extraction: await analyseInChunks(req), where: 'main thread' };
}
