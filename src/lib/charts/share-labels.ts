/**
 * The share chart's annotations: the guideline as a dashed line with its label above it, and the
 * target's label, which links to the article. Pure.
 */
import { percent } from '$lib/reference/format';
import { isNarrow, marker } from './common';
import { LABEL_PADDING } from './end-labels';
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
				// Above the line at its left end, never on it.
				yAdjust: -(11 + 2 * LABEL_PADDING) / 2 - 3,
				font: { size: 11, family: theme.font }
			}
		};
	}
	// The series are told apart by the subtitle (SIPRI's line, the government's diamonds) and each
	// point by its row in the table: a label at each series' end would sit on the line it names.
	// Only the target is labelled, above and to the left of its point, linking to the article.
	const last = groups[2]?.at(-1);
	if (!last) return annotations;
	const text = fig ? `Article: ${last.r.stated}` : `Target ${last.p.period}: ${last.r.shown}`;
	annotations[fig ? `fig:${fig.id}` : 'ref:target'] = {
		type: 'label',
		...{ xValue: last.p.year, yValue: last.p.pct, xAdjust: -10, yAdjust: -10 },
		position: { x: 'end', y: 'end' },
		content: (ctx: Hook) =>
			isNarrow(ctx) ? marker(last.r.marker) : `${marker(last.r.marker)} ${text}`,
		...{
			color: theme.text,
			backgroundColor: theme.background,
			font: { size: 11, family: theme.font }
		}
	};
	return annotations;
}
