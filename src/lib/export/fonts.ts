/**
 * Registers the page's typeface with @napi-rs/canvas, from the woff2 files the page itself serves
 * (@fontsource/source-sans-3), so exports made in Node measure and draw exactly the glyphs a browser
 * does, whatever fonts the machine has. Every subset of each weight the charts and exports use is
 * registered under the one family name; Skia picks the file that has the character. Node only.
 */
import { GlobalFonts } from '@napi-rs/canvas';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FONT_FAMILY } from '$lib/theme/tokens';

const WEIGHTS = ['400', '600', '700'];
let registered = false;

export function registerFonts(): void {
	if (registered) return;
	registered = true;
	const require = createRequire(import.meta.url);
	const dir = join(dirname(require.resolve('@fontsource/source-sans-3/package.json')), 'files');
	for (const file of readdirSync(dir)) {
		const m = /-(\d00)-normal\.woff2$/.exec(file);
		if (m && WEIGHTS.includes(m[1]!)) GlobalFonts.registerFromPath(join(dir, file), FONT_FAMILY);
	}
}
