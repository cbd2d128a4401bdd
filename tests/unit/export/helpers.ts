/**
 * The default article as the dashboard shows it by default, built once per test file, with the
 * chart fonts pinned to the CLI's DejaVu so measurements do not depend on the machine.
 */
import { THEMES } from '$lib/charts/theme';
import { NODE_FONT } from '$lib/export/node';
import { loadArticlesFrom } from '$lib/server/load-articles';
import { articlePageData } from '$lib/server/page-data';
import { DEFAULT_STATE } from '$lib/state/url';
import { buildDashboard } from '$lib/view/dashboard';

export const SLUG = 'afp-2023-12-23-japan-patriot-exports';

export function defaultArticle() {
	const article = loadArticlesFrom('data/articles').find((a) => a.slug === SLUG);
	if (!article) throw new Error(`${SLUG} missing from data/articles`);
	const data = articlePageData(article);
	const theme = { ...THEMES.light, font: NODE_FONT };
	const view = buildDashboard(data, DEFAULT_STATE, theme, 'linear');
	return { data, theme, view };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Crude well-formedness: every opened tag is closed in order (no DOMParser in Node). */
export function balancedXml(xml: string): boolean {
	const stack: string[] = [];
	const body = xml.replace(/<\?xml[^>]*\?>/, '');
	for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:-]*)[^>]*?(\/?)>/g)) {
		const [, close, name, self] = m;
		if (self) continue;
		if (close) {
			if (stack.pop() !== name) return false;
		} else stack.push(name!);
	}
	return stack.length === 0;
}
