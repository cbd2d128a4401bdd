/**
 * Packs export files into one ZIP with fflate (synchronous, ~8 kB gzipped, no workers, so no CSP
 * change). PNGs are already deflated, so they are stored rather than compressed a second time.
 * Pure: names and bytes in, bytes out.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export type FileContent = Uint8Array | string;

export function zipFiles(files: ReadonlyMap<string, FileContent>): Uint8Array {
	const entries: Zippable = {};
	for (const [name, content] of files) {
		const bytes = typeof content === 'string' ? strToU8(content) : content;
		entries[name] = [bytes, { level: name.endsWith('.png') ? 0 : 6 }];
	}
	return zipSync(entries);
}
