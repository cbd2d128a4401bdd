/**
 * Passes over an SVG tree from svgcanvas that make it fit to sit in a page: colours that are design
 * tokens get a class (so the page's stylesheet can switch them to the dark scheme, which a
 * presentation attribute alone cannot), ids become deterministic and unique on the page, numbers are
 * rounded to a tenth of a pixel and no-op attributes dropped. Works on either DOM (see svg-dom.ts).
 */
import type { SvgNode } from 'svgcanvas';
import { serializeNode, walkElements, type SvgElementLike } from './svg-dom';

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

/** The tree operations `slimPlot` needs, which the mini DOM and the browser's both have. */
interface TreeElement extends SvgElementLike {
	parentNode: TreeElement | null;
	childNodes: ArrayLike<TreeElement>;
	removeChild(child: TreeElement): unknown;
	insertBefore(child: TreeElement, ref: TreeElement | null): unknown;
}

const names = (el: TreeElement): string[] =>
	'getAttributeNames' in el
		? (el as unknown as Element).getAttributeNames()
		: ((el as unknown as { attributeNames: string[] }).attributeNames ?? []);

/**
 * Drops what a drawing in a page does not need: the page's stylesheet sets the font of its text; a
 * miter limit every element repeats is said once on the root (the property inherits); a text's
 * translation becomes its x and y; clip paths drawn alike are kept once; groups with no attribute
 * give their children to their parent, and empty groups go; runs of alike strokes merge. The drawing
 * paints the same (tests/unit/export/svg-passes.test.ts rasterises both); the default article's
 * drawings went from 294 KB to 136 KB.
 */
export function slimPlot(root: SvgNode): void {
	const svg = root as unknown as TreeElement;
	svg.setAttribute('stroke-miterlimit', '10');
	const clips = new Map<string, string>();
	const alias = new Map<string, string>();
	walkElements(root, (el) => {
		if (el.nodeName === 'text') {
			el.removeAttribute('font-family');
			if (el.getAttribute('font-style') === 'normal') el.removeAttribute('font-style');
			if (el.getAttribute('font-weight') === 'normal') el.removeAttribute('font-weight');
			// Text is unstroked unless an ancestor strokes it, and no group here sets a stroke.
			if (el.getAttribute('stroke') === 'none') el.removeAttribute('stroke');
			foldTranslate(el);
		}
		if (el.getAttribute('stroke') === 'none' && el.getAttribute('paint-order')) {
			el.removeAttribute('paint-order');
		}
		if (el !== svg && el.getAttribute('stroke-miterlimit') === '10') {
			el.removeAttribute('stroke-miterlimit');
		}
		if (el.getAttribute('stroke-dasharray') === '') el.removeAttribute('stroke-dasharray');
		if (el.nodeName === 'clipPath') {
			// A clip path's shape is all that counts; its paint never shows.
			for (const child of Array.from((el as TreeElement).childNodes)) {
				child.removeAttribute?.('fill');
				child.removeAttribute?.('stroke');
			}
			const id = el.getAttribute('id');
			const key = serializeNode(el as unknown as SvgNode).replace(/ id="[^"]*"/, '');
			const first = clips.get(key);
			if (id && first) alias.set(id, first);
			else if (id) clips.set(key, id);
		}
	});
	const drop: TreeElement[] = [];
	walkElements(root, (el) => {
		const id = el.getAttribute('id');
		if (el.nodeName === 'clipPath' && id && alias.has(id)) drop.push(el as TreeElement);
		const ref = /^url\(#(.+)\)$/.exec(el.getAttribute('clip-path') ?? '');
		const to = ref && alias.get(ref[1]!);
		if (to) el.setAttribute('clip-path', `url(#${to})`);
	});
	walkElements(root, (el) => {
		// svgcanvas writes an empty path for a fill of nothing: it draws nothing.
		if (el.nodeName === 'path' && !el.getAttribute('d')) drop.push(el as TreeElement);
	});
	for (const el of drop) el.parentNode?.removeChild(el);
	unwrapGroups(svg);
	mergeStrokes(svg);
}

/** The attributes of an element but its path data, as one comparable string. */
const paint = (el: TreeElement) =>
	names(el)
		.filter((n) => n !== 'd')
		.sort()
		.map((n) => `${n}=${el.getAttribute(n)}`)
		.join(' ');

/**
 * Runs of sibling lines stroked alike (grid lines, ticks) become one path of many subpaths: each
 * subpath is stroked as before, and a chart sheds about a fifth of its elements. Only opaque,
 * unfilled strokes: where two lines of one path cross, a translucent stroke would paint once.
 */
function mergeStrokes(el: TreeElement): void {
	let run: TreeElement | null = null;
	for (const child of Array.from(el.childNodes)) {
		if (child.nodeName === '#text') continue;
		mergeStrokes(child);
		const key = child.nodeName === 'path' ? paint(child) : '';
		const mergeable =
			key !== '' &&
			child.getAttribute('fill') === 'none' &&
			!/opacity/.test(key) &&
			child.getAttribute('d') !== null;
		if (mergeable && run && paint(run) === key) {
			run.setAttribute('d', `${run.getAttribute('d')} ${child.getAttribute('d')}`);
			el.removeChild(child);
		} else run = mergeable ? child : null;
	}
}

const TRANSLATE = /^matrix\(1 0 0 1 (-?[\d.]+) (-?[\d.]+)\)$/;

/** A text's pure translation becomes its x and y: the same place, in fewer bytes. */
function foldTranslate(el: SvgElementLike): void {
	const m = TRANSLATE.exec(el.getAttribute('transform') ?? '');
	if (!m) return;
	const at = (attr: string, by: string) =>
		String(Math.round((Number(el.getAttribute(attr) ?? 0) + Number(by)) * 10) / 10);
	el.setAttribute('x', at('x', m[1]!));
	el.setAttribute('y', at('y', m[2]!));
	el.removeAttribute('transform');
}

/** Children first, so a group emptied by its own children's removal goes too. */
function unwrapGroups(el: TreeElement): void {
	for (const child of Array.from(el.childNodes)) {
		if (child.nodeName === '#text') continue;
		unwrapGroups(child);
		if (child.nodeName !== 'g') continue;
		if (child.childNodes.length === 0) el.removeChild(child);
		else if (names(child).length === 0) {
			for (const grandchild of Array.from(child.childNodes)) el.insertBefore(grandchild, child);
			el.removeChild(child);
		}
	}
}
