/**
 * The timeline's tooltip: a point's date as its title, then every item it holds, each with its
 * marker, name, date as charted and as stated, and any reason to check it, then the sentences they
 * come from. Pure.
 */
import type { TooltipItem } from 'chart.js';
import { marker, quoteLines, shorten, wrapLabel } from './common';
import type { ChartRow } from './spec';
import type { TimelineGroup } from './timeline-points';

/** Sentences quoted under one point: more would outgrow the chart; the table lists them all. */
const MOST_QUOTES = 2;

export function timelineTooltip(groups: TimelineGroup[], rows: ChartRow[]) {
	const rowsOf = (index: number) => {
		const g = groups[index];
		return g ? rows.slice(g.first, g.first + g.members.length) : [];
	};
	const at = (items: TooltipItem<'scatter'>[]) => rowsOf(items[0]?.dataIndex ?? 0);
	return {
		callbacks: {
			title: (items: TooltipItem<'scatter'>[]) =>
				[...new Set(at(items).map((r) => r.shown))].join(' / '),
			label: (item: TooltipItem<'scatter'>) =>
				rowsOf(item.dataIndex).flatMap((r) => [
					...wrapLabel(
						`${marker(r.marker)} ${shorten(r.label, 200)}: ${r.shown} (article: ${shorten(r.stated, 60)})`,
						48
					),
					...(r.check ? wrapLabel(`Check: ${r.check}`, 48) : [])
				]),
			afterBody: (items: TooltipItem<'scatter'>[]) => {
				const sentences = [
					...new Set(
						at(items)
							.map((r) => r.sentenceText)
							.filter(Boolean)
					)
				];
				return sentences.slice(0, MOST_QUOTES).flatMap((s) => quoteLines(s));
			}
		}
	};
}
