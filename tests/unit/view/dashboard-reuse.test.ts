/**
 * A rebuilt dashboard keeps the charts whose input did not change ($lib/view/reuse), so Chart.svelte
 * redraws only those that did. The property at the end checks the safety of that: whatever the
 * sequence of controls, each chart is the one a fresh build gives.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { THEMES } from '$lib/charts/theme';
import type { Scale } from '$lib/charts/money';
import type { Edits } from '$lib/edits/model';
import { DEFAULT_STATE, type DashboardState } from '$lib/state/url';
import type { Scheme } from '$lib/theme/tokens';
import { buildDashboard, type DashboardView } from '$lib/view/dashboard';
import { defaultPage } from '../helpers/default-article';

const page = defaultPage();
const build = (
	state: DashboardState = DEFAULT_STATE,
	scheme: Scheme = 'light',
	scale: Scale = 'linear',
	edits?: Edits
) => buildDashboard(page, state, THEMES[scheme], scale, edits);

/** Chart id → its Chart.js config object. */
const configs = (view: DashboardView) => new Map(view.charts.map((c) => [c.id, c.config]));

/** Which charts of `after` have a config object that `before` did not: the ones redrawn. */
function redrawn(before: DashboardView, after: DashboardView): string[] {
	const old = configs(before);
	return after.charts.filter((c) => old.get(c.id) !== c.config).map((c) => c.id);
}

describe('a rebuilt dashboard keeps what did not change', () => {
	it('the same state again redraws nothing', () => {
		expect(redrawn(build(), build())).toEqual([]);
	});

	it('a currency change redraws the money, budget and industry charts only', () => {
		const usd = build();
		const jpy = build({ ...DEFAULT_STATE, currency: 'JPY' });
		expect(redrawn(usd, jpy)).toEqual(['money', 'budget', 'industry']);
		// And the new money chart is in yen: reuse did not keep the dollars.
		expect(usd.charts[0]!.subtitle).toMatch(/^In US dollars/);
		expect(jpy.charts[0]!.subtitle).toMatch(/^In Japanese yen/);
	});

	it('the log scale redraws the money chart only', () => {
		expect(redrawn(build(), build(DEFAULT_STATE, 'light', 'log'))).toEqual(['money']);
	});

	it('the dark scheme redraws every chart', () => {
		const light = build();
		expect(redrawn(light, build(DEFAULT_STATE, 'dark'))).toEqual(light.charts.map((c) => c.id));
	});

	it('a new title keeps the drawing and changes the title', () => {
		const edits: Edits = {
			charts: { percent: { title: 'Spending as a share of GDP' } },
			figures: {},
			events: []
		};
		const before = build();
		const after = build(DEFAULT_STATE, 'light', 'linear', edits);
		expect(redrawn(before, after)).toEqual([]);
		expect(after.charts.find((c) => c.id === 'percent')!.title).toBe('Spending as a share of GDP');
	});

	it('hiding a money figure redraws the charts that draw it', () => {
		const edits: Edits = {
			charts: {},
			figures: { 'money-56-billion': { hidden: true } },
			events: []
		};
		const after = build(DEFAULT_STATE, 'light', 'linear', edits);
		expect(redrawn(build(), after)).toEqual(expect.arrayContaining(['money', 'budget']));
		expect(after.charts.find((c) => c.id === 'money')!.config).not.toBe(build().charts[0]!.config);
	});
});

/** The charts as data, with each callback's source: what a reader could see differ. */
const serial = (view: DashboardView) =>
	JSON.stringify(view.charts, (_key, v: unknown) =>
		typeof v === 'function'
			? `function ${v.toString()}`
			: typeof v === 'number' && !Number.isFinite(v)
				? `number ${v}`
				: v
	);

const TYPES = DEFAULT_STATE.types;
const step = fc.record({
	types: fc.subarray([...TYPES]),
	currency: fc.constantFrom('USD', 'JPY', 'EUR', 'GBP'),
	rate: fc.constantFrom('article', 'latest'),
	scheme: fc.constantFrom<Scheme>('light', 'dark'),
	scale: fc.constantFrom<Scale>('linear', 'log')
});

describe('reuse never shows a stale chart', () => {
	it('after any sequence of controls, each chart equals a fresh build', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 5 }), async (steps) => {
				for (const { scheme, scale, ...state } of steps) {
					const kept = build(state, scheme, scale);
					// A fresh copy of the module: its builders have never seen an input.
					vi.resetModules();
					const fresh = await import('$lib/view/dashboard');
					const once = fresh.buildDashboard(page, state, THEMES[scheme], scale);
					expect(serial(kept)).toBe(serial(once));
				}
			}),
			{ numRuns: 8 }
		);
	});
});
