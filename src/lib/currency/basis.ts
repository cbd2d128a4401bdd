/**
 * Resolves which rate each money figure is converted at, for the "Exchange rate" choice.
 *
 * Bases: `article` (the fixing on or before the article's date), `latest` (the pair's last fixing),
 * `stated` (the rate the article itself gives, see `stated.ts`: a stated line such as "($1 = 0.9239
 * euros)", else the rate an equivalent pair implies, else both legs chained through USD), or a
 * `YYYY-MM-DD` the user picks. `stated` falls back to the article date when the article gives no
 * rate for the pair, and says so in `fallback` for the UI to show. Stated rates apply per currency
 * pair, so "$56 billion" in yen under `stated` uses the 150 JPY/USD that "3 trillion yen ($20
 * billion)" implies; how the article gave it is recorded in `stated`. Without a `source`, each pair
 * uses its default (see `coverage.ts`). A figure that cannot be converted is an `ok: false` outcome
 * with the error's code and message, never a NaN. Pure.
 */

import { parseCurrencyCode, type CurrencyCode } from './codes';
import { convert } from './convert';
import { isIsoDate } from './dates';
import { CurrencyError, type CurrencyErrorCode } from './errors';
import type { MoneyAmount } from './implied';
import { seriesRange } from './series';
import type { RateSource } from './sources';
import { articleStatedRates, statedRateFor, type StatedRate, type StatedRateLine } from './stated';
import type { RateTable } from './table';

export const NAMED_RATE_BASES = ['article', 'latest', 'stated'] as const;
/** A user-chosen day; `parseRateBasis` checks it is a real one. */
export type IsoDate = `${number}-${number}-${number}`;
export type RateBasis = (typeof NAMED_RATE_BASES)[number] | IsoDate;

/** A URL or form value as a basis, or null (the caller falls back to `article` with a notice). */
export function parseRateBasis(value: string | null | undefined): RateBasis | null {
	if (value == null) return null;
	if ((NAMED_RATE_BASES as readonly string[]).includes(value)) return value as RateBasis;
	return isIsoDate(value) ? (value as IsoDate) : null;
}

export interface BasisContext {
	/** The article's publication date, YYYY-MM-DD. */
	published: string;
	table: RateTable;
	/** All figures; only `kind: 'money'` ones (or ones without a kind) with a currency are resolved. */
	figures: readonly (MoneyAmount & { id: string; kind?: string })[];
	/** The article's stated-rate lines ("($1 = 0.9239 euros)"), preferred over implied pairs. */
	statedRates?: readonly StatedRateLine[];
	source?: RateSource;
}

interface Common {
	figureId: string;
	basis: RateBasis;
	amount: number;
	from: string;
	to: CurrencyCode;
}

export type ResolvedConversion =
	| (Common & {
			ok: true;
			/** `stated`: the article's own rate; `market`: a published fixing (or same currency). */
			applied: 'market' | 'stated';
			value: number;
			/** Units of `to` per 1 `from`. */
			rate: number;
			/** The fixing date, or the article date for a stated rate. */
			rateDate: string;
			source: RateSource | 'article';
			afterSeriesEnd: boolean;
			/** Set when `stated` was asked for but the article gives no rate for this pair. */
			fallback: 'no-stated-rate' | null;
			/** The article's rate, how it gave it, and its comparison with the market. */
			stated: StatedRate | null;
	  })
	| (Common & { ok: false; error: { code: CurrencyErrorCode; message: string } });

export function resolveConversions(
	basis: RateBasis,
	to: CurrencyCode,
	ctx: BasisContext
): ResolvedConversion[] {
	const source = ctx.source;
	const money = ctx.figures.filter((f) => (f.kind ?? 'money') === 'money' && f.currency !== null);
	const stated =
		basis === 'stated'
			? articleStatedRates(ctx.statedRates ?? [], ctx.figures, ctx.published, ctx.table, source)
			: null;
	return money.map((f): ResolvedConversion => {
		const common: Common = { figureId: f.id, basis, amount: f.value, from: f.currency ?? '', to };
		try {
			const from = parseCurrencyCode(f.currency ?? '');
			const implied =
				from === to || !stated
					? null
					: statedRateFor(stated, from, to, ctx.published, ctx.table, source);
			if (implied) {
				const forward = implied.base === from;
				// Divide rather than multiply by 1/150, so the article's own "$20 billion" comes back exactly.
				const value = forward ? f.value * implied.implied : f.value / implied.implied;
				const rate = forward ? implied.implied : 1 / implied.implied;
				const cited = { rateDate: ctx.published, source: 'article' } as const;
				const flags = { afterSeriesEnd: false, fallback: null, stated: implied };
				return { ...common, ok: true, applied: 'stated', value, rate, ...cited, ...flags };
			}
			const on = dateFor(basis, from, to, ctx, source);
			const r = convert(f.value, from, to, on, ctx.table, source);
			const { value, rate, rateDate, afterSeriesEnd } = r;
			const fallback = stated && from !== to ? 'no-stated-rate' : null;
			return {
				...common,
				ok: true,
				applied: 'market',
				value,
				rate,
				rateDate,
				source: r.source,
				afterSeriesEnd,
				fallback,
				stated: null
			};
		} catch (e) {
			if (!(e instanceof CurrencyError)) throw e;
			return { ...common, ok: false, error: { code: e.code, message: e.message } };
		}
	});
}

/** The date whose fixing a market-rate basis uses. */
function dateFor(
	basis: RateBasis,
	from: CurrencyCode,
	to: CurrencyCode,
	ctx: BasisContext,
	source: RateSource | undefined
): string {
	if (basis === 'article' || basis === 'stated') return ctx.published;
	if (basis !== 'latest') return basis;
	// Same-currency needs no fixing; the table's last date is as "latest" as anything.
	if (from === to) return ctx.table.dates.at(-1) ?? ctx.published;
	return seriesRange(ctx.table, from, to, source).end;
}
