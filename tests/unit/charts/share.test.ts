// The share-of-GDP chart as data: SIPRI line, government points, the 2% target linked to the
// article's "two percent" (and 2027 through an alias), and NATO's guideline as an annotation line.
import { describe, expect, test } from 'vitest';
import { buildShareChart, type ShareChartInput } from '$lib/charts/share';
import { shareOfGdpPath } from '$lib/reference/series/share';
import {
	afp,
	annotationsOf,
	axes,
	contentAt,
	datasets,
	figureId,
	reference,
	theme
} from './helpers';

const nato = reference.facts.nato_wales_2014!;
const input: ShareChartInput = {
	path: shareOfGdpPath(reference),
	figures: afp.figures,
	sentences: afp.sentences,
	guideline: {
		label: 'NATO 2% guideline',
		value: nato.value,
		period: nato.period,
		source: nato.source,
		verification: nato.verification
	},
	theme
};
const spec = buildShareChart(input);
const two = figureId('percent-two-percent');

describe('buildShareChart on the default article', () => {
	test('draws SIPRI 2012–2024 as a line, three government points and one target', () => {
		const [sipri, gov, target] = datasets(spec.config);
		expect(spec.config.type).toBe('scatter');
		expect(sipri).toMatchObject({ showLine: true });
		expect(sipri!.data).toHaveLength(13);
		expect(gov!.data).toEqual([
			{ x: 2023, y: 1.4 },
			{ x: 2024, y: 1.6 },
			{ x: 2025, y: 1.8 }
		]);
		expect(gov!.pointStyle).toBe('rectRot');
		expect(target!.data).toEqual([{ x: 2027, y: 2 }]);
		expect(spec.rows).toHaveLength(13 + 3 + 1);
		expect(spec.rows.find((r) => r.label === 'Japan, 2023 (SIPRI)')?.shown).toBe('1.14%');
	});

	test('links the target point to “two percent”, with “2027” as an alias', () => {
		expect(spec.elements[2]).toEqual([two]);
		expect(spec.elements.flat().filter(Boolean)).toEqual([two]);
		expect(spec.aliases).toEqual({ [figureId('year-2027')]: two });
		expect(spec.annotations).toEqual({ [`fig:${two}`]: two });
		const target = spec.rows.at(-1)!;
		expect(target).toMatchObject({ figureId: two, stated: 'two percent by 2027', value: 2 });
		expect(target.reference?.verification).toBe('verified');
		expect(contentAt(annotationsOf(spec.config)[`fig:${two}`], 800)).toBe(
			`[17] Article: two percent by 2027`
		);
	});

	test('draws NATO’s 2% guideline as a dashed line and cites every source', () => {
		expect(annotationsOf(spec.config).guideline).toMatchObject({
			type: 'line',
			scaleID: 'y',
			value: 2,
			borderColor: theme.guideline
		});
		expect(spec.sources.some((s) => s.startsWith('SIPRI'))).toBe(true);
		expect(spec.sources.some((s) => s.startsWith('NATO'))).toBe(true);
	});

	test('uses a linear year axis with the theme font on every axis', () => {
		const [[, x], [, y]] = axes(spec.config) as [
			[string, Record<string, unknown>],
			[string, Record<string, unknown>]
		];
		expect(x).toMatchObject({ type: 'linear', min: 2011, max: 2028 });
		expect(y).toMatchObject({ beginAtZero: true });
		for (const [, axis] of axes(spec.config)) {
			expect((axis.ticks as { font: { family: string } }).font.family).toBe(theme.font);
		}
	});
});

describe('buildShareChart without some of its data', () => {
	test('with the percent filtered out the target is drawn but links to nothing', () => {
		const bare = buildShareChart({
			...input,
			figures: afp.figures.filter((f) => f.kind !== 'percent')
		});
		expect(bare.elements[2]).toEqual([null]);
		expect(bare.annotations).toEqual({});
		expect(bare.aliases).toEqual({});
	});

	test('with no guideline there is no guideline line', () => {
		expect(
			annotationsOf(buildShareChart({ ...input, guideline: null }).config).guideline
		).toBeUndefined();
	});
});
