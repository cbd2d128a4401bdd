/**
 * Dashboard state as it lives in the URL: `?types=money,percent&currency=JPY&rate=article`.
 *
 * Pure: URLSearchParams in, state plus notices out. Any value we do not understand falls back to its
 * default and produces a notice naming the parameter and the value, never an error page, so a
 * mistyped shared link still opens.
 */
import { CURRENCY_CODES, isCurrencyCode, type CurrencyCode } from '$lib/currency/codes';
import { TYPE_FILTERS, type TypeKey } from '$lib/view/kinds';

/** `article`, `latest`, `stated`, or a chosen day as YYYY-MM-DD. */
export type RateBasis = 'article' | 'latest' | 'stated' | `${number}-${number}-${number}`;

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

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(s: string): boolean {
	const d = new Date(`${s}T00:00:00Z`);
	return ISO_DAY.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export interface ParsedState {
	state: DashboardState;
	/** One human sentence per parameter that fell back to its default. */
	notices: string[];
}

export function parseState(params: URLSearchParams): ParsedState {
	const notices: string[] = [];
	const state: DashboardState = { ...DEFAULT_STATE, types: [...DEFAULT_STATE.types] };
	// Quote values through JSON so that odd characters in a hostile link stay visible and inert.
	const shown = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

	const types = params.get('types');
	if (types !== null) {
		const keys = types.split(',').map((t) => t.trim().toLowerCase());
		const unknown = keys.filter((k) => k && !(k in TYPE_ALIASES));
		const known = new Set(keys.flatMap((k) => (TYPE_ALIASES[k] ? [TYPE_ALIASES[k]] : [])));
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
		if (r === 'article' || r === 'latest' || r === 'stated' || isRealDay(r)) {
			state.rate = r as RateBasis;
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
