/**
 * The share chart's annotations: the guideline as a dashed line with its label, and each series named
 * at its latest point (the chart has no legend), the target's label linking to the article. Pure.
 */
import { percent } from '$lib/reference/format';
import { isNarrow, marker } from './common';
import type { ShareConfigInput } from './share-config';

type Hook = { chart: { width: number } };

export function shareLabels(input: ShareConfigInput): Record<string, object> {
	const { groups, guideline, fig, theme } = input;
	const annotations: Record<string, object> = {};
	// The guideline goes in first: annotations draw in order, so value labels sit on top of it.
	if (guideline) {
		annotations.guideline = {
			type: 'line',
			...{ scaleID: 'y', value: guideline.value, borderColor: theme.guideline, borderWidth: 2 },
			borderDash: [6, 4],
			label: {
				...{ display: true, content: `${guideline.label}: ${percent(guideline.value)}` },
				...{ position: 'start', backgroundColor: theme.background, color: theme.guideline },
				font: { size: 11, family: theme.font }
			}
		};
	}
	// Each series is named at its latest point (no legend); the target's label links to the article.
	const labels = [
		['ref:sipri', 'SIPRI', true],
		['ref:government', 'Government', false],
		[fig ? `fig:${fig.id}` : 'ref:target', fig ? 'Article:' : 'Target', false]
	] as const;
	labels.forEach(([id, name, below], g) => {
		const last = groups[g]?.at(-1);
		if (!last) return;
		const text =
			g === 2 && fig ? `${name} ${last.r.stated}` : `${name} ${last.p.period}: ${last.r.shown}`;
		annotations[id] = {
			type: 'label',
			...{ xValue: last.p.year, yValue: last.p.pct, xAdjust: -8, yAdjust: below ? 8 : -8 },
			position: { x: 'end', y: below ? 'start' : 'end' },
			content: (ctx: Hook) =>
				isNarrow(ctx) ? marker(last.r.marker) : `${marker(last.r.marker)} ${text}`,
			...{
				color: theme.text,
				backgroundColor: theme.background,
				font: { size: 11, family: theme.font }
			}
		};
	});
	return annotations;
}
