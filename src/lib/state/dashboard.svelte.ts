/**
 * The dashboard's state and how it moves: the URL's state applied once the page is live, control
 * changes written back to the URL, a chosen day's year of rates fetched, and the figure or
 * claim whose sentence is current. Runes and no DOM: the component hands in the two things only it
 * can do, rewriting the URL and revealing a sentence.
 */
import { rateDayFor } from '$lib/currency/rate-day';
import type { RateTable } from '$lib/currency/table';
import { EDITS_PARAM } from '$lib/edits/link';
import { pageCurrencies } from '$lib/page/currencies';
import type { PageData } from '$lib/page/model';
import { needsFullRates } from '$lib/view/rates';
import {
	DEFAULT_STATE,
	parseState,
	serializeState,
	type DashboardState,
	type RateBasis
} from './url';

export interface DashboardEffects {
	/** Replaces the page URL's query and hash without navigating. */
	replaceUrl(queryAndHash: string): void;
	/** Scrolls a sentence into view and moves focus to it. */
	revealSentence(index: number): void;
	/** Loads the rates a chosen day needs (its year's file); a failure may be retried later. */
	loadRates(day: string): Promise<RateTable>;
	/** More of the URL's query that other state owns (`edits=…`), without the "?". */
	extraQuery?(): string;
}

/** The query parameters the dashboard writes; a page's others (`saved`) are left alone. */
export const OWN_PARAMS = ['types', 'currency', 'rate', EDITS_PARAM] as const;

export class DashboardController {
	// Prerendered HTML shows the defaults; the URL's state is applied once the page is live.
	view = $state<DashboardState>({ ...DEFAULT_STATE });
	notices = $state<string[]>([]);
	selected = $state<string | null>(null);
	selectedClaim = $state<string | null>(null);
	/** The rates of the chosen day's year, once loaded; the named bases use the page's own. */
	dayRates = $state.raw<RateTable | null>(null);
	rateError = $state<string | null>(null);
	/** A chosen rate day whose series is still loading: the page says so rather than show other numbers. */
	pendingRate = $state<string | null>(null);

	#data: () => PageData;
	#effects: DashboardEffects;
	#applied = false;
	#rateRequest = 0;

	constructor(data: () => PageData, effects: DashboardEffects) {
		this.#data = data;
		this.#effects = effects;
	}

	/** The sentence the selected figure, event or claim comes from. */
	get currentSentence(): number | null {
		const data = this.#data();
		return (
			data.figures.find((f) => f.id === this.selected)?.sentence ??
			data.events.find((e) => e.id === this.selected)?.sentence ??
			data.claims.find((c) => c.id === this.selectedClaim)?.sentence ??
			null
		);
	}

	/** Everything the notice area shows, in order: URL fallbacks, rate loading, the page's warnings. */
	get allNotices(): string[] {
		return [
			...this.notices,
			...(this.pendingRate ? [`Loading the exchange rates for ${this.pendingRate}…`] : []),
			...(this.rateError ? [this.rateError] : []),
			...this.#data().warnings
		];
	}

	/** Applies the URL's state, once: `?types=…&currency=…&rate=…#fig-<id>`. */
	applyUrl(params: URLSearchParams, hash: string): void {
		if (this.#applied) return;
		this.#applied = true;
		const parsed = parseState(params);
		this.notices = parsed.notices;
		void this.apply(parsed.state, false);
		const id = hash.replace(/^#fig-/, '');
		if (!id || id === hash) return;
		const data = this.#data();
		if (data.figures.some((f) => f.id === id) || data.events.some((e) => e.id === id)) {
			// Selected, not revealed: the browser has already scrolled to the figure's row, the
			// link's target, as it does with scripts off. A reader who followed a figure link before
			// the page went live is left there rather than carried off to the sentence.
			this.select(id, false);
		} else this.notices = [...this.notices, `No figure “${id.slice(0, 40)}” in this article.`];
	}

	async apply(next: DashboardState, write = true): Promise<void> {
		// Every choice supersedes a chosen day still waiting for its rates, whatever it is.
		const request = ++this.#rateRequest;
		this.pendingRate = null;
		if (!needsFullRates(next.rate)) {
			this.view = next;
			if (write) this.writeUrl();
			return;
		}
		// A chosen day waits for its rates (the page's few stored fixings would cite another day's
		// rate); everything else applies now.
		const wanted = next.rate;
		this.view = { ...next, rate: this.view.rate };
		this.pendingRate = wanted;
		let table: RateTable;
		try {
			table = await this.#effects.loadRates(wanted);
		} catch (e) {
			if (request !== this.#rateRequest) return;
			const basis =
				this.view.rate === 'article' ? "the article date's rate" : 'the rate chosen before';
			this.rateError = `Could not load the rates for ${wanted} (${(e as Error).message}); the charts keep ${basis}.`;
			return;
		} finally {
			if (request === this.#rateRequest) this.pendingRate = null;
		}
		if (request !== this.#rateRequest) return;
		this.rateError = null;
		this.dayRates = table;
		// The page builder's rule for a day outside the data: the nearest fixing, and a notice
		// naming which source ends when (the convert CLI refuses the same days).
		const day = rateDayFor(table, pageCurrencies(this.#data().figures, next.currency), wanted);
		if (day.notice) this.notices = [...this.notices, day.notice];
		// Only the rate: other controls may have changed while the rates loaded.
		this.view = { ...this.view, rate: day.on as RateBasis };
		if (write || day.on !== wanted) this.writeUrl();
	}

	/** Selects a figure; from a chart, also brings its sentence into view and focus. */
	select(id: string, reveal = true): void {
		this.selected = id;
		this.selectedClaim = null;
		this.writeUrl();
		const sentence = this.currentSentence;
		if (reveal && sentence !== null) this.#effects.revealSentence(sentence);
	}

	selectClaim(id: string, sentence: number): void {
		this.selected = null;
		this.selectedClaim = id;
		this.writeUrl();
		this.#effects.revealSentence(sentence);
	}

	/** Writes the state (and `extraQuery`) to the URL; called by the edits on every change. */
	writeUrl(): void {
		const hash = this.selected ? `#fig-${this.selected}` : '';
		const query = [serializeState(this.view).slice(1), this.#effects.extraQuery?.() ?? '']
			.filter(Boolean)
			.join('&');
		this.#effects.replaceUrl(`${query ? `?${query}` : ''}${hash}`);
	}
}
