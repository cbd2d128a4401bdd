// The dashboard controller's rate requests: a chosen day waits for the full series, says it is
// waiting, and a later choice always wins, whichever request finishes first.
import { describe, expect, it } from 'vitest';
import type { RateTable } from '$lib/currency/table';
import { DashboardController } from '$lib/state/dashboard.svelte';
import { DEFAULT_STATE, type DashboardState } from '$lib/state/url';
import { loadRates } from '$lib/server/rates';
import { defaultPage } from '../helpers/default-article';

const page = defaultPage();
const full = loadRates();

/** A controller whose rate loads resolve or fail only when the test says so. */
function setup() {
	const loads: { resolve: (t: RateTable) => void; reject: (e: Error) => void }[] = [];
	const urls: string[] = [];
	const controller = new DashboardController(() => page, {
		replaceUrl: (q) => void urls.push(q),
		revealSentence: () => {},
		loadRates: () => new Promise<RateTable>((resolve, reject) => loads.push({ resolve, reject }))
	});
	const choose = (rate: DashboardState['rate']) => controller.apply({ ...DEFAULT_STATE, rate });
	return { controller, loads, urls, choose };
}

describe('a chosen rate day', () => {
	it('waits for the series, showing that it waits, then applies', async () => {
		const { controller, loads, choose } = setup();
		const done = choose('2020-03-02');
		expect(controller.view.rate).toBe('article');
		expect(controller.pendingRate).toBe('2020-03-02');
		loads[0]!.resolve(full);
		await done;
		expect(controller.view.rate).toBe('2020-03-02');
		expect(controller.pendingRate).toBeNull();
	});

	it('is overtaken by a named basis chosen while it loads', async () => {
		const { controller, loads, choose } = setup();
		const first = choose('2020-03-02');
		await choose('latest');
		expect(controller.view.rate).toBe('latest');
		expect(controller.pendingRate).toBeNull();
		loads[0]!.resolve(full);
		await first;
		expect(controller.view.rate).toBe('latest');
	});

	it('is overtaken by a later day, even when the earlier request finishes last', async () => {
		const { controller, loads, choose } = setup();
		const first = choose('2020-03-02');
		const second = choose('2021-06-01');
		loads[1]!.resolve(full);
		await second;
		expect(controller.view.rate).toBe('2021-06-01');
		loads[0]!.resolve(full);
		await first;
		expect(controller.view.rate).toBe('2021-06-01');
	});

	it('a failed load reports, unless a later choice has already moved on', async () => {
		const { controller, loads, choose } = setup();
		const stale = choose('2020-03-02');
		await choose('latest');
		loads[0]!.reject(new Error('HTTP 503'));
		await stale;
		expect(controller.rateError).toBeNull();
		const current = choose('2019-01-07');
		loads[1]!.reject(new Error('HTTP 503'));
		await current;
		expect(controller.rateError).toBe(
			'Could not load the rates for 2019-01-07 (HTTP 503); the charts keep the rate chosen before.'
		);
		expect(controller.view.rate).toBe('latest');
		expect(controller.pendingRate).toBeNull();
	});

	it('a day before the data moves to the first fixing, naming the source and where it starts', async () => {
		const { controller, loads, urls, choose } = setup();
		const done = choose('1990-01-02');
		loads[0]!.resolve(full);
		await done;
		expect(controller.view.rate).toBe('1999-01-04');
		expect(controller.notices.at(-1)).toBe(
			'Rates for 1990-01-02 are not in the data (Fed H.10 rates start 1999-01-04); using the nearest available, 1999-01-04.'
		);
		expect(urls.at(-1)).toContain('rate=1999-01-04');
	});

	it('a day after the ECB’s data says the ECB ends there, as the convert CLI does', async () => {
		const { controller, loads, choose } = setup();
		const done = choose('2025-07-01');
		loads[0]!.resolve(full);
		await done;
		expect(controller.view.rate).toBe('2025-07-01');
		expect(controller.notices.at(-1)).toMatch(/ECB rates end 2025-05-09/);
	});

	it('asks for the rates of the day chosen', async () => {
		const asked: string[] = [];
		const controller = new DashboardController(() => page, {
			replaceUrl: () => {},
			revealSentence: () => {},
			loadRates: (day) => (asked.push(day), Promise.resolve(full))
		});
		await controller.apply({ ...DEFAULT_STATE, rate: '2020-03-02' });
		expect(asked).toEqual(['2020-03-02']);
	});
});

describe('the URL’s figure', () => {
	const start = (hash: string) => {
		const revealed: number[] = [];
		const controller = new DashboardController(() => page, {
			replaceUrl: () => {},
			revealSentence: (i) => void revealed.push(i),
			loadRates: () => Promise.resolve(full)
		});
		controller.applyUrl(new URLSearchParams(), hash);
		return { controller, revealed };
	};

	it('is selected and its sentence made current, where the browser has already scrolled', () => {
		const { controller, revealed } = start('#fig-money-56-billion');
		expect(controller.selected).toBe('money-56-billion');
		expect(controller.currentSentence).toBe(
			page.figures.find((f) => f.id === 'money-56-billion')!.sentence
		);
		// No second scroll to the sentence: the reader stays at the row the link named.
		expect(revealed).toEqual([]);
	});

	it('selected from a chart, a figure still brings its sentence into view', () => {
		const { controller, revealed } = start('');
		controller.select('money-56-billion');
		expect(revealed).toEqual([controller.currentSentence]);
	});

	it('an unknown figure selects nothing and says so', () => {
		const { controller, revealed } = start('#fig-nothing-here');
		expect(controller.selected).toBeNull();
		expect(controller.notices.at(-1)).toBe('No figure “nothing-here” in this article.');
		expect(revealed).toEqual([]);
	});
});
