/**
 * The Web Worker that extracts a pasted article's figures off the main thread, so the page stays
 * responsive while 10,000 numbers are matched. One request in, one `WorkerReply` out.
 */
import type { Extraction } from '$lib/page/model';
import { analyse, type AnalyseRequest } from '$lib/page/analyse';

export type WorkerReply = { ok: true; extraction: Extraction } | { ok: false; message: string };

self.onmessage = (event: MessageEvent<AnalyseRequest>) => {
	let reply: WorkerReply;
	try {
		reply = { ok: true, extraction: analyse(event.data) };
	} catch (e) {
		reply = { ok: false, message: e instanceof Error ? e.message : String(e) };
	}
	self.postMessage(reply);
};
