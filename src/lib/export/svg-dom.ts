/**
 * The smallest DOM svgcanvas needs, so the CLI can write SVG in Node without jsdom: elements with
 * attributes and children, text nodes, deep clones, and an XML serialiser. Pure; no globals. In the
 * browser the real `document` and `XMLSerializer` are used instead (see vector.ts).
 */
import type { SvgDocumentLike, SvgNode } from 'svgcanvas';

const XML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;'
};
const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => XML_ESCAPES[c] ?? c);

class TextNode {
	readonly nodeName = '#text';
	readonly childNodes: MiniElement[] = [];
	parentNode: MiniElement | null = null;
	constructor(readonly data: string) {}
	cloneNode(): TextNode {
		return new TextNode(this.data);
	}
	toXml(): string {
		return escapeXml(this.data);
	}
}

class MiniElement {
	readonly childNodes: (MiniElement | TextNode)[] = [];
	parentNode: MiniElement | null = null;
	private readonly attrs = new Map<string, string>();
	constructor(readonly nodeName: string) {}

	setAttribute(name: string, value: string | number): void {
		this.attrs.set(name, String(value));
	}
	setAttributeNS(_ns: string | null, name: string, value: string | number): void {
		this.attrs.set(name, String(value));
	}
	getAttribute(name: string): string | null {
		return this.attrs.get(name) ?? null;
	}
	removeAttribute(name: string): void {
		this.attrs.delete(name);
	}
	get attributeNames(): string[] {
		return [...this.attrs.keys()];
	}
	appendChild<T extends MiniElement | TextNode>(child: T): T {
		// A DOM append moves a node that already has a parent; svgcanvas relies on that for defs.
		child.parentNode?.removeChild(child);
		child.parentNode = this;
		this.childNodes.push(child);
		return child;
	}
	/** As the DOM's: `child` moves to just before `ref`, or to the end when `ref` is null. */
	insertBefore<T extends MiniElement | TextNode>(child: T, ref: MiniElement | TextNode | null): T {
		if (!ref) return this.appendChild(child);
		child.parentNode?.removeChild(child);
		child.parentNode = this;
		this.childNodes.splice(this.childNodes.indexOf(ref), 0, child);
		return child;
	}
	removeChild<T extends MiniElement | TextNode>(child: T): T {
		const i = this.childNodes.indexOf(child);
		if (i >= 0) this.childNodes.splice(i, 1);
		child.parentNode = null;
		return child;
	}
	cloneNode(deep = false): MiniElement {
		const copy = new MiniElement(this.nodeName);
		for (const [k, v] of this.attrs) copy.attrs.set(k, v);
		if (deep) for (const c of this.childNodes) copy.appendChild(c.cloneNode(true));
		return copy;
	}
	toXml(): string {
		const attrs = [...this.attrs]
			.filter(([, v]) => v !== 'undefined' && v !== 'null')
			.map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
			.join('');
		const inner = this.childNodes.map((c) => c.toXml()).join('');
		return inner
			? `<${this.nodeName}${attrs}>${inner}</${this.nodeName}>`
			: `<${this.nodeName}${attrs}/>`;
	}
}

/** A document that creates MiniElements; `createElement` exists only because svgcanvas's type wants it. */
export function miniDocument(): SvgDocumentLike {
	return {
		createElementNS: (_ns, name) => new MiniElement(name) as unknown as SvgNode,
		createElement: (name) => new MiniElement(name),
		createTextNode: (text) => new TextNode(text) as unknown as SvgNode
	};
}

/** Serialises a node from either DOM: MiniElement's own writer, else the browser's XMLSerializer. */
export function serializeNode(node: SvgNode): string {
	if (node instanceof MiniElement) return node.toXml();
	return new XMLSerializer().serializeToString(node as unknown as Node);
}

/** The parts of an element a pass over the tree may read and change, in either DOM. */
export interface SvgElementLike {
	nodeName: string;
	getAttribute(name: string): string | null;
	setAttribute(name: string, value: string): void;
	removeAttribute(name: string): void;
	childNodes: ArrayLike<unknown>;
}

/** Visits every element under `node`, parents before children. */
export function walkElements(node: SvgNode, visit: (el: SvgElementLike) => void): void {
	const el = node as unknown as SvgElementLike;
	if (el.nodeName === '#text') return;
	visit(el);
	for (const child of Array.from(el.childNodes)) walkElements(child as SvgNode, visit);
}
