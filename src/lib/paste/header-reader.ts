/**
 * Reads front matter for the paste form off the main thread: one long-lived worker, one parse at a
 * time, each distinct front matter parsed once. Typing in the body leaves the front matter as it
 * was, so it costs no parse at all; typing in the front matter queues at most the newest text, as a
 * request overtaken while it waits is dropped (its promise resolves to null). Oversized front matter
 * is refused here without a parse. Without a worker (an old browser, a blocked worker URL) the parse
 * runs on this thread, where the size limit keeps it short.
 */
import { frontMatterSizeProblem, readFrontMatter, type HeaderFields } from './front-matter';

export class HeaderReader {
	#worker: Worker | null = null;
	#noWorker = typeof Worker === 'undefined';
	#last: { yaml: string; fields: HeaderFields } | null = null;
	#latest = 0;
	#chain: Promise<unknown> = Promise.resolve();

	/** The fields of `yaml`, or null when a newer request overtook this one before it ran. */
	read(yaml: string): Promise<HeaderFields | null> {
		if (this.#last?.yaml === yaml) return Promise.resolve(this.#last.fields);
		const tooBig = frontMatterSizeProblem(yaml);
		const ticket = ++this.#latest;
		if (tooBig) {
			const fields = { title: null, source: null, published: null, dateline: null, language: null };
			return Promise.resolve({ ...fields, problems: [tooBig] });
		}
		const run = this.#chain.then(async () => {
			if (ticket !== this.#latest) return null;
			const fields = await this.#parse(yaml);
			this.#last = { yaml, fields };
			return fields;
		});
		this.#chain = run.catch(() => null);
		return run;
	}

	close(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}

	#parse(yaml: string): Promise<HeaderFields> {
		const worker = this.#start();
		if (!worker) return Promise.resolve(readFrontMatter(yaml));
		return new Promise((resolve) => {
			worker.onmessage = (event: MessageEvent<HeaderFields>) => resolve(event.data);
			worker.onerror = (event) => {
				event.preventDefault(); // handled: fall back instead of reporting a page error
				this.close();
				this.#noWorker = true;
				resolve(readFrontMatter(yaml));
			};
			worker.postMessage(yaml);
		});
	}

	#start(): Worker | null {
		if (this.#worker || this.#noWorker) return this.#worker;
		try {
			// Written inline, as Vite requires to bundle the worker into a same-origin file, which the
			// CSP's worker-src 'self' allows.
			this.#worker = new Worker(new URL('./front-matter-worker.ts', import.meta.url), {
				type: 'module'
			});
		} catch {
			this.#noWorker = true;
		}
		return this.#worker;
	}
}
