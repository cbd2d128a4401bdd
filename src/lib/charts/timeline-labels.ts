/**
 * Where each timeline label goes. Points arrive in time order with their dot's pixel x and their
 * label's full size; each gets a lane (a row of the plot, top first) and a side (its label right or
 * left of its dot) so that no label box covers another label or any dot, and none leaves the plot.
 *
 * The rule, greedy in time order: a point tries the lanes from the one after the previous point's
 * (a staircase, so the markers read top to bottom in time), and in each lane first the side away
 * from the nearer edge; it takes the first place where its whole label fits. When none has room, it
 * takes the place with the widest room and its label is cut to that (`room`); below `minRoom` the
 * label is hidden and the data table carries it. Pure: pixels in, pixels out.
 */

export interface Box {
	x: number;
	y: number;
	x2: number;
	y2: number;
}

export interface Frame {
	/** The plot's edges, which clip annotations. */
	left: number;
	right: number;
	top: number;
	bottom: number;
	/** Pixel y of each lane, top first. */
	lanes: number[];
	/** The dot's radius, and the space between a dot and its label. */
	radius: number;
	gap: number;
	/** The narrowest label worth drawing (a marker and an ellipsis). */
	minRoom: number;
}

export interface LabelRequest {
	/** The dot's pixel x. */
	x: number;
	/** The label's full box, padding included. */
	width: number;
	height: number;
}

export interface Placement {
	lane: number;
	side: 'left' | 'right';
	/** The width the label may take: its own when it fits, less when it must be cut, 0 when hidden. */
	room: number;
}

/** Kept clear between two boxes, so labels never touch. */
export const SEPARATION = 2;

const overlaps = (a: Box, b: Box) =>
	a.x < b.x2 + SEPARATION && b.x < a.x2 + SEPARATION && a.y < b.y2 && b.y < a.y2;

interface Taken {
	box: Box;
	/** The placement a label box belongs to; undefined for a dot. */
	label?: Placement;
}

/** The widest label that fits on `side` of a dot at `x`, in the band of rows `band.y`–`band.y2`. */
function roomAt(
	x: number,
	side: Placement['side'],
	band: Box,
	frame: Frame,
	taken: Taken[]
): number {
	const start = side === 'right' ? x + frame.radius + frame.gap : x - frame.radius - frame.gap;
	let limit = side === 'right' ? frame.right : frame.left;
	for (const { box: o } of taken) {
		if (!(o.y < band.y2 && band.y < o.y2)) continue;
		if (side === 'right' && o.x2 + SEPARATION > start) limit = Math.min(limit, o.x - SEPARATION);
		if (side === 'left' && o.x - SEPARATION < start) limit = Math.max(limit, o.x2 + SEPARATION);
	}
	return Math.max(0, side === 'right' ? limit - start : start - limit);
}

/** The box of a label of `width` placed on `side` of a dot at (x, y). */
export function labelBox(
	x: number,
	y: number,
	side: Placement['side'],
	width: number,
	height: number,
	frame: Frame
): Box {
	const gap = frame.radius + frame.gap;
	const start = side === 'right' ? x + gap : x - gap - width;
	return { x: start, y: y - height / 2, x2: start + width, y2: y + height / 2 };
}

const dotBox = (x: number, y: number, r: number): Box => ({
	x: x - r,
	y: y - r,
	x2: x + r,
	y2: y + r
});

/** Cuts (or hides) every label that a dot landed on, so the dot stays clear. */
function clearFor(dot: Box, frame: Frame, taken: Taken[]): void {
	for (const t of taken) {
		if (!t.label || !overlaps(dot, t.box)) continue;
		const room =
			t.label.side === 'right' ? dot.x - SEPARATION - t.box.x : t.box.x2 - dot.x2 - SEPARATION;
		const cut = Math.max(0, room - SEPARATION);
		t.label.room = cut < frame.minRoom ? 0 : cut;
		if (t.label.side === 'right') t.box.x2 = t.box.x + t.label.room;
		else t.box.x = t.box.x2 - t.label.room;
	}
	// A hidden label holds no room.
	for (let i = taken.length - 1; i >= 0; i--) if (taken[i]!.label?.room === 0) taken.splice(i, 1);
}

export function placeLabels(requests: LabelRequest[], frame: Frame): Placement[] {
	const taken: Taken[] = [];
	const middle = (frame.left + frame.right) / 2;
	const n = frame.lanes.length;
	let previous = -1;
	return requests.map(({ x, width, height }) => {
		const order = Array.from({ length: n }, (_, k) => (previous + 1 + k) % n);
		const sides: Placement['side'][] = x > middle ? ['left', 'right'] : ['right', 'left'];
		// Lanes where the dot touches nothing; else only dots (points a pixel apart); else the next
		// lane, cutting the labels the dot lands on.
		const clear = (lane: number, ignoreDots: boolean) =>
			!taken.some(
				(o) =>
					(!ignoreDots || o.label) && overlaps(dotBox(x, frame.lanes[lane]!, frame.radius), o.box)
			);
		let lanes = order.filter((l) => clear(l, false));
		if (!lanes.length) lanes = order.filter((l) => clear(l, true));
		if (!lanes.length) lanes = order.slice(0, 1);
		let best: Placement | null = null;
		search: for (const lane of lanes) {
			const y = frame.lanes[lane]!;
			const band = { x, y: y - height / 2, x2: x, y2: y + height / 2 };
			if (band.y < frame.top || band.y2 > frame.bottom) continue;
			for (const side of sides) {
				const room = Math.min(width, roomAt(x, side, band, frame, taken));
				if (!best || room > best.room) best = { lane, side, room };
				if (room >= width) break search;
			}
		}
		const placed: Placement = best ?? { lane: lanes[0]!, side: sides[0]!, room: 0 };
		const dot = dotBox(x, frame.lanes[placed.lane]!, frame.radius);
		clearFor(dot, frame, taken);
		taken.push({ box: dot });
		previous = placed.lane;
		if (placed.room < frame.minRoom) placed.room = 0;
		else {
			const box = labelBox(x, frame.lanes[placed.lane]!, placed.side, placed.room, height, frame);
			taken.push({ box, label: placed });
		}
		return placed;
	});
}
