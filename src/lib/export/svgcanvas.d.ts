/**
 * Types for the parts of svgcanvas 2.6.0 (pinned) that the export uses. The package ships none. The
 * double-underscore members are the library's internals that `vector.ts` overrides or calls; they are
 * typed here so a version bump that renames them fails the type check rather than the export.
 */
declare module 'svgcanvas' {
	export interface SvgNode {
		nodeName: string;
		childNodes: SvgNode[];
		setAttribute(name: string, value: string | number): void;
		setAttributeNS(ns: string | null, name: string, value: string | number): void;
		getAttribute(name: string): string | null;
		appendChild(child: SvgNode): SvgNode;
	}

	export interface SvgDocumentLike {
		createElementNS(ns: string, name: string): SvgNode;
		createElement(name: string): unknown;
		createTextNode(text: string): SvgNode;
	}

	export interface ContextOptions {
		width: number;
		height: number;
		/** A real 2D context; svgcanvas measures text with it. */
		ctx?: CanvasRenderingContext2D;
		document?: SvgDocumentLike;
	}

	/** An svgcanvas context: the 2D-context API plus the internals vector.ts uses. */
	export interface ContextInstance extends CanvasRenderingContext2D {
		width: number;
		height: number;
		__document: SvgDocumentLike;
		__currentElement: SvgNode;
		__createElement(
			name: string,
			properties?: Record<string, unknown>,
			resetFill?: boolean
		): SvgNode;
		__closestGroupOrSvg(node?: SvgNode): SvgNode;
		__applyTransformation(element: SvgNode, matrix?: DOMMatrix): void;
		__applyStyleToCurrentElement(type: 'fill' | 'stroke'): void;
		__applyText(text: string, x: number, y: number, action: 'fill' | 'stroke'): void;
		getSvg(): SvgNode;
		getSerializedSvg(fixNamedEntities?: boolean): string;
	}

	export const Context: new (options: ContextOptions) => ContextInstance;
}
