/**
 * Dashboard state as it lives in the URL: `?types=money,percent&currency=JPY&rate=article`.
 *
 * Pure: URLSearchParams in, state plus notices out. Any value we do not understand falls back to its
 * default and produces a notice naming the parameter and the value, never an error page, so a
 * mistyped shared link still opens.
 */
import { parseRateBasis, type RateBasis } from '$lib/currency/basis';
import { CURRENCY_CODES, isCurrencyCode, type CurrencyCode } from '$lib/currency/codes';
import { TYPE_FILTERS, type TypeKey } from '$lib/view/kinds';
import { quoteForNotice } from '$lib/view/quote';

export type { RateBasis };

export interface DashboardState {
	types: TypeKey[];
	currency: CurrencyCode;
	rate: RateBasis;
}

export const DEFAULT_STATE: DashboardState = {
	types: TYPE_FILTERS.map((t) => t.key),
	currency: 'USD',
	rate: 'article'
};

const TYPE_ALIASES: Record<string, TypeKey> = {
	money: 'money',
	percent: 'percent',
	percentages: 'percent',
	dates: 'dates',
	date: 'dates',
	years: 'dates',
	year: 'dates',
	time: 'dates',
	quantity: 'quantity',
	quantities: 'quantity'
};

export interface ParsedState {
	state: DashboardState;
	/** One human sentence per parameter that fell back to its default. */
	notices: string[];
}

export function parseState(params: URLSearchParams): ParsedState {
	const notices: string[] = [];
	const state: DashboardState = { ...DEFAULT_STATE, types: [...DEFAULT_STATE.types] };
	const shown = (v: string) => quoteForNotice(v);
	// A link that sets a parameter twice is ambiguous: say so, and read the first, as the
	// URLSearchParams API does.
	for (const name of ['types', 'currency', 'rate']) {
		const all = params.getAll(name);
		if (all.length < 2) continue;
		const values = all.slice(0, 3).map(shown).join(', ') + (all.length > 3 ? ', …' : '');
		notices.push(`The link sets ${name} ${all.length} times (${values}); only the first is used.`);
	}

	const types = params.get('types');
	if (types !== null) {
		const keys = types.split(',').map((t) => t.trim().toLowerCase());
		// Own keys only: 'constructor' and '__proto__' are on every object's prototype chain.
		const isType = (k: string) => Object.hasOwn(TYPE_ALIASES, k);
		const unknown = keys.filter((k) => k && !isType(k));
		const known = new Set(keys.flatMap((k) => (isType(k) ? [TYPE_ALIASES[k]!] : [])));
		if (unknown.length > 0) {
			notices.push(`Unknown figure type ${unknown.map(shown).join(', ')} in the link was ignored.`);
		}
		if (types.trim() === '' || known.size > 0 || unknown.length === 0) {
			state.types = TYPE_FILTERS.map((t) => t.key).filter((k) => known.has(k));
		}
	}

	const currency = params.get('currency');
	if (currency !== null) {
		const code = currency.trim().toUpperCase();
		if (isCurrencyCode(code)) state.currency = code;
		else
			notices.push(
				`Unknown currency ${shown(currency)} (use one of ${CURRENCY_CODES.join(', ')}); showing US dollars.`
			);
	}

	const rate = params.get('rate');
	if (rate !== null) {
		const r = rate.trim().toLowerCase();
		// The currency layer's own parser, so the URL accepts exactly the days it can convert at.
		const basis = parseRateBasis(r);
		if (basis) {
			state.rate = basis;
		} else {
			notices.push(`Unknown exchange rate ${shown(rate)}; using the rate of the article's date.`);
		}
	}
	return { state, notices };
}

/** The query string for a state, leaving defaults out so shared links stay short. */
export function serializeState(state: DashboardState): string {
	const params = new URLSearchParams();
	const all = DEFAULT_STATE.types;
	if (state.types.length !== all.length || !all.every((t) => state.types.includes(t))) {
		params.set('types', state.types.join(','));
	}
	if (state.currency !== DEFAULT_STATE.currency) params.set('currency', state.currency);
	if (state.rate !== DEFAULT_STATE.rate) params.set('rate', state.rate);
	const query = params.toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
}

/**
 * The page's new query and hash: the parameters in `own` come from `next` (`?…#…`, as the dashboard
 * writes it), and any others already in `current` (a page's own, such as `saved` on /new) stay.
 */
export function mergeQuery(current: string, next: string, own: readonly string[]): string {
	const at = next.indexOf('#');
	const hash = at < 0 ? '' : next.slice(at);
	const params = new URLSearchParams(current);
	for (const name of own) params.delete(name);
	new URLSearchParams(at < 0 ? next : next.slice(0, at)).forEach((value, name) =>
		params.append(name, value)
	);
	const query = params.toString().replaceAll('%2C', ',');
	return `${query ? `?${query}` : ''}${hash}`;
}
