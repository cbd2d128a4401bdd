// Where every text box and data mark of a drawn chart sits, and which of them collide: a label on
// another label, on a bar, a point or a line. Reads the live Chart.js objects after a draw, so it
// measures the same layout the exports and the page draw.
import annotationPlugin from 'chartjs-plugin-annotation';
import type { Chart } from 'chart.js';

export interface Box {
	x: number;
	y: number;
	x2: number;
	y2: number;
}
type Segment = [number, number, number, number];
export interface Marks {
	/** The canvas. */
	canvas: Box;
	/** The plot area: annotations are clipped to it, unless they say not, so a label must fit. */
	area: Box;
	labels: { name: string; box: Box; clipped: boolean }[];
	boxes: { name: string; box: Box }[];
	segments: { name: string; seg: Segment }[];
}

type Props = Record<string, number | boolean | undefined>;
const props = (el: unknown, keys: string[]) =>
	(el as { getProps(k: string[], final: boolean): Props }).getProps(keys, true);
const norm = (x: number, y: number, x2: number, y2: number): Box => ({
	x: Math.min(x, x2),
	y: Math.min(y, y2),
	x2: Math.max(x, x2),
	y2: Math.max(y, y2)
});

export function marksOf(chart: Chart): Marks {
	const { left, top, right, bottom } = chart.chartArea;
	const marks: Marks = {
		canvas: { x: 0, y: 0, x2: chart.width, y2: chart.height },
		area: { x: left, y: top, x2: right, y2: bottom },
		labels: [],
		boxes: [],
		segments: []
	};
	chart.data.datasets.forEach((_, d) => {
		const meta = chart.getDatasetMeta(d);
		const points: [number, number][] = [];
		meta.data.forEach((el, i) => {
			const name = `dataset ${d} #${i}`;
			if (meta.type === 'bar') {
				const p = props(el, ['x', 'y', 'base', 'width', 'height', 'horizontal']);
				const [x, y, base, w, h] = [p.x, p.y, p.base, p.width, p.height].map(Number) as number[];
				marks.boxes.push({
					name,
					box: p.horizontal
						? norm(base!, y! - h! / 2, x!, y! + h! / 2)
						: norm(x! - w! / 2, base!, x! + w! / 2, y!)
				});
				return;
			}
			const { x, y } = props(el, ['x', 'y']);
			const r = Number((el as { options?: { radius?: number } }).options?.radius ?? 3);
			if (r > 0)
				marks.boxes.push({
					name,
					box: norm(Number(x) - r, Number(y) - r, Number(x) + r, Number(y) + r)
				});
			points.push([Number(x), Number(y)]);
		});
		const showLine = (chart.data.datasets[d] as { showLine?: boolean }).showLine;
		if (showLine) {
			for (let i = 1; i < points.length; i++) {
				const [a, b] = [points[i - 1]!, points[i]!];
				marks.segments.push({ name: `dataset ${d} line`, seg: [a[0], a[1], b[0], b[1]] });
			}
		}
	});
	// The plugin clips every annotation to the plot, unless the chart turns that off.
	const plugin = chart.options.plugins as { annotation?: { clip?: boolean } } | undefined;
	const clipped = plugin?.annotation?.clip !== false;
	for (const el of annotationPlugin.getAnnotations(chart)) {
		const options = (el as { options: { id: string; type: string; display?: boolean } }).options;
		if (options.display === false) continue;
		const { x, y, x2, y2 } = props(el, ['x', 'y', 'x2', 'y2']);
		const box = norm(Number(x), Number(y), Number(x2), Number(y2));
		if (options.type === 'label') marks.labels.push({ name: options.id, box, clipped });
		else if (options.type === 'line') {
			marks.segments.push({
				name: options.id,
				seg: [Number(x), Number(y), Number(x2), Number(y2)]
			});
			const label = (el as { elements?: { options?: { display?: boolean } }[] }).elements?.[0];
			if (label?.options?.display) {
				const l = props(label, ['x', 'y', 'x2', 'y2']);
				marks.labels.push({
					clipped,
					name: `${options.id} label`,
					box: norm(Number(l.x), Number(l.y), Number(l.x2), Number(l.y2))
				});
			}
		} else if (options.type === 'box') marks.boxes.push({ name: options.id, box });
	}
	return marks;
}

const EPS = 0.5;
const hits = (a: Box, b: Box) =>
	a.x < b.x2 - EPS && b.x < a.x2 - EPS && a.y < b.y2 - EPS && b.y < a.y2 - EPS;

/** Liang–Barsky: does the segment pass through the box's interior? */
function crosses(box: Box, [x1, y1, x2, y2]: Segment): boolean {
	const [dx, dy] = [x2 - x1, y2 - y1];
	let [t0, t1] = [0, 1];
	const p = [-dx, dx, -dy, dy];
	const q = [x1 - box.x - EPS, box.x2 - EPS - x1, y1 - box.y - EPS, box.y2 - EPS - y1];
	for (let i = 0; i < 4; i++) {
		if (p[i] === 0) {
			if (q[i]! < 0) return false;
			continue;
		}
		const t = q[i]! / p[i]!;
		if (p[i]! < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 > t1) return false;
	}
	return true;
}

/** Every collision of a label with another label, a bar, point or box, or a line, or the edge. */
export function collisions(m: Marks): string[] {
	const out: string[] = [];
	m.labels.forEach((a, i) => {
		const { x, y, x2, y2 } = a.box;
		const edge = a.clipped ? m.area : m.canvas;
		if (x < edge.x - EPS || y < edge.y - EPS || x2 > edge.x2 + EPS || y2 > edge.y2 + EPS) {
			out.push(`${a.name} × the ${a.clipped ? "plot's edge, which clips it" : "chart's edge"}`);
		}
		for (const b of m.labels.slice(i + 1))
			if (hits(a.box, b.box)) out.push(`${a.name} × ${b.name}`);
		for (const b of m.boxes) if (hits(a.box, b.box)) out.push(`${a.name} × ${b.name}`);
		for (const s of m.segments) {
			if (crosses(a.box, s.seg)) out.push(`${a.name} × ${s.name}`);
		}
	});
	return out;
}
