// @ts-check
/**
 * The static adapter, then one pass over the pages it wrote: each article page's deferred boot
 * script goes to a file beside the page (./externalise.js says why). A page is rewritten only after
 * its script file is written, so a failure leaves no page pointing at a missing file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { externaliseBoot } from './externalise.js';

/**
 * @param {import('@sveltejs/kit').Adapter} inner the static adapter, already configured
 * @param {string} pages the folder it writes the pages to
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withExternalBoot(inner, pages) {
	return {
		...inner,
		async adapt(builder) {
			await inner.adapt(builder);
			let moved = 0;
			for (const { file } of builder.prerendered.pages.values()) {
				const path = join(pages, file);
				const out = externaliseBoot(readFileSync(path, 'utf8'), basename(file, '.html'));
				if (!out) continue;
				writeFileSync(join(dirname(path), out.file), out.script);
				writeFileSync(path, out.html);
				moved++;
			}
			builder.log.minor(`Moved the deferred boot script of ${moved} pages beside them`);
		}
	};
}
