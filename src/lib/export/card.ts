/**
 * An article's social card: a 1200×630 image with the article's title, the chart's title and rate,
 * the chart itself and the source line, for `og:image` and `twitter:card`. Drawn like the other
 * exports (any 2D context; Node's canvas at build time). A card must be exactly its size, so the
 * title is cut to two lines with an ellipsis and the chart takes the room that is left.
 */
import type { ChartSpec } from '$lib/charts/spec';
import type { ChartTheme } from '$lib/charts/theme';
import { CARD } from './card-size';
import { renderChart } from './chart';
import { sourceLine, type ExportMeta } from './text';
import type { ExportEnv } from './vector';
import { wrapText, type Measurer } from './wrap';

const PAD = 48;

/** At most `max` lines; the last one ends in "…" when the text runs on. */
function clamp(m: Measurer, text: string, font: string, width: number, max: number): string[] {
	const lines = wrapText(m, text, font, width);
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	let last = `${kept[max - 1]}…`;
	while (m.measureText(last).width > width && last.length > 1) last = `${last.slice(0, -2)}…`;
	kept[max - 1] = last;
	return kept;
}

export interface CardInput {
	meta: ExportMeta;
	/** The chart to show, or null for a card with the article's title alone. */
	spec: ChartSpec | null;
	theme: ChartTheme;
}

export function renderCard(env: ExportEnv, { meta, spec, theme }: CardInput): HTMLCanvasElement {
	const canvas = env.createCanvas(CARD.width, CARD.height);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('No 2D canvas context to draw the card on');
	const inner = CARD.width - 2 * PAD;
	const font = (weight: string, size: number) => `${weight} ${size}px ${theme.font}`;
	ctx.fillStyle = theme.background;
	ctx.fillRect(0, 0, CARD.width, CARD.height);
	ctx.textBaseline = 'alphabetic';
	let y = PAD;
	const lines = (texts: string[], f: string, lineHeight: number, color: string) => {
		ctx.font = f;
		ctx.fillStyle = color;
		for (const t of texts) {
			ctx.fillText(t, PAD, y + Math.round(lineHeight * 0.76));
			y += lineHeight;
		}
	};
	lines(['Defence Figures'], font('bold', 20), 26, theme.muted);
	y += 6;
	lines(clamp(ctx, meta.title, font('bold', 40), inner, 2), font('bold', 40), 48, theme.text);
	y += 8;
	const source = sourceLine(spec ?? { rows: [], sources: [] }, meta);
	const sourceLines = clamp(ctx, source, font('normal', 18), inner, 2);
	const bottom = CARD.height - PAD - sourceLines.length * 24;
	if (spec) {
		lines(clamp(ctx, spec.title, font('bold', 24), inner, 1), font('bold', 24), 30, theme.text);
		lines(
			clamp(ctx, spec.subtitle, font('normal', 18), inner, 1),
			font('normal', 18),
			24,
			theme.muted
		);
		y += 8;
		const height = bottom - 12 - y;
		if (height > 80) {
			// Drawn at half size and twice the pixels: a card is seen a third of its size in a feed, so
			// the chart's 12 px labels must come out at 24.
			const surface = env.createCanvas(1, 1);
			const release = renderChart(surface, spec, inner / 2, height / 2, 2);
			try {
				ctx.drawImage(surface as unknown as CanvasImageSource, PAD, y, inner, height);
			} finally {
				release();
			}
		}
	}
	y = bottom;
	lines(sourceLines, font('normal', 18), 24, theme.muted);
	return canvas;
}
