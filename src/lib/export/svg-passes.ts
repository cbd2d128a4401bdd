/**
 * Passes over an SVG tree from svgcanvas that make it fit to sit in a page: colours that are design
 * tokens get a class (so the page's stylesheet can switch them to the dark scheme, which a
 * presentation attribute alone cannot), ids become deterministic and unique on the page, numbers are
 * rounded to a tenth of a pixel and no-op attributes dropped. Works on either DOM (see svg-dom.ts).
 */
import type { SvgNode } from 'svgcanvas';
import { walkElements } from './svg-dom';

const HEX = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i;

/**
 * `colors` maps a lower-case `#rrggbb` to a token name: `fill="#1d5fa8"` gains `class="df-f-money"`.
 * An alpha suffix (`#7a828d59`) becomes `fill-opacity`, since the class sets the colour alone.
 */
export function tokenClasses(root: SvgNode, colors: ReadonlyMap<string, string>): void {
	walkElements(root, (el) => {
		const classes: string[] = [];
		for (const [attr, prefix] of [
			['fill', 'f'],
			['stroke', 's']
		] as const) {
			const m = HEX.exec(el.getAttribute(attr) ?? '');
			const name = m && colors.get(`#${m[1]!.toLowerCase()}`);
			if (!m || !name) continue;
			classes.push(`df-${prefix}-${name}`);
			el.setAttribute(attr, `#${m[1]!.toLowerCase()}`);
			if (m[2]) {
				const alpha = Math.round((parseInt(m[2], 16) / 255) * 100) / 100;
				el.setAttribute(`${attr}-opacity`, String(alpha));
			}
		}
		if (classes.length) el.setAttribute('class', classes.join(' '));
	});
}

const NUMBER = /-?\d+\.\d{2,}/g;
const ROUNDED = ['d', 'x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2', 'transform', 'r'];
const round = (s: string) => s.replace(NUMBER, (n) => String(Math.round(Number(n) * 10) / 10));

/** Ids become `<prefix>-<n>` in document order, and every `url(#…)` follows; numbers are rounded. */
export function compact(root: SvgNode, prefix: string): void {
	const ids = new Map<string, string>();
	walkElements(root, (el) => {
		const id = el.getAttribute('id');
		if (id) {
			const next = `${prefix}-${ids.size + 1}`;
			ids.set(id, next);
			el.setAttribute('id', next);
		}
	});
	walkElements(root, (el) => {
		for (const attr of ['clip-path', 'fill', 'stroke', 'mask']) {
			const v = el.getAttribute(attr);
			const m = v && /^url\(#(.+)\)$/.exec(v);
			if (m) el.setAttribute(attr, `url(#${ids.get(m[1]!) ?? m[1]})`);
		}
		if (el.getAttribute('transform') === 'matrix(1 0 0 1 0 0)') el.removeAttribute('transform');
		if (el.getAttribute('paint-order') === 'fill stroke markers') el.removeAttribute('paint-order');
		for (const attr of ROUNDED) {
			const v = el.getAttribute(attr);
			if (v) el.setAttribute(attr, round(v).trim());
		}
	});
}
