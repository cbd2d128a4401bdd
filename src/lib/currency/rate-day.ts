/**
 * The one rule for a date outside the rate data, shared by the `convert` CLI and the page builder.
 *
 * `outsideData(coverage, on)` says whether a day is before or after a pair's data and words it,
 * naming the source of the stretch the day falls off and that stretch's range: the CLI prints that
 * line and exits 2 (a pipeline asking for a day's rate must not get another day's). `rateDayFor`
 * is the page's side: the day to convert at and a notice. A day before the data moves to the first
 * day every pair has a fixing; a day after stays as it is, and `convert` takes each pair's last
 * fixing (flagged `afterSeriesEnd`, cited "latest available"); either way the notice names each
 * source and where it ends. Sources end on different days (ECB 2025-05-09, Fed H.10 2024-11-29 for
 * all but JPY/USD), so the notice is per source, never one range for all. Pure.
 */

import { type CurrencyCode } from './codes';
import { coverage, type Coverage } from './coverage';
import { CurrencyError } from './errors';
import { quotePair } from './pair';
import { RATE_SOURCE_SHORT_NAMES, type RateSource } from './sources';
import type { RateTable } from './table';

export interface OutsideData {
	side: 'before' | 'after';
	/** The fixing day the page uses instead: the data's first or last day. */
	nearest: string;
	source: RateSource;
	message: string;
}

export function outsideData(cov: Coverage, on: string): OutsideData | null {
	const side = on < cov.start ? 'before' : on > cov.end ? 'after' : null;
	if (side === null) return null;
	const span = side === 'before' ? cov.spans[0]! : cov.spans.at(-1)!;
	const others = cov.spans.filter((s) => s !== span);
	const rest = others.length
		? ` (${others.map((s) => `${RATE_SOURCE_SHORT_NAMES[s.source]} ${s.start} to ${s.end}`).join(', ')})`
		: '';
	const name = RATE_SOURCE_SHORT_NAMES[span.source];
	const message = `${on} is ${side} the ${name} ${cov.from}→${cov.to} series, which runs from ${span.start} to ${span.end}${rest}`;
	return { side, nearest: side === 'before' ? cov.start : cov.end, source: span.source, message };
}

export interface RateDay {
	/** The day conversions are asked for: `published`, or the first day of the data if earlier. */
	on: string;
	/** Shown on the page when the day is outside the data of any pair it converts. */
	notice: string | null;
}

/**
 * The page's day for `published`, over every pair among `currencies` (the article's money currencies
 * and the currency shown). With fewer than two, EUR/USD stands in, so an article with no amounts is
 * still told the data's range. A table with no rates at all says that instead.
 */
export function rateDayFor(
	table: RateTable,
	currencies: readonly CurrencyCode[],
	published: string
): RateDay {
	const codes = [...new Set(currencies)];
	const pairs = codes.flatMap((a, i) => codes.slice(i + 1).map((b) => quotePair(a, b)));
	if (pairs.length === 0) pairs.push({ base: 'EUR', quote: 'USD' });
	const covered: Coverage[] = [];
	for (const { base, quote } of pairs) {
		try {
			covered.push(coverage(table, base, quote));
		} catch (e) {
			if (!(e instanceof CurrencyError)) throw e;
		}
	}
	if (covered.length === 0) {
		return { on: published, notice: 'No exchange rates are available; amounts are not converted.' };
	}
	const outside = covered.flatMap((c) => {
		const o = outsideData(c, published);
		return o ? [{ ...o, pair: `${c.from}/${c.to}` }] : [];
	});
	if (outside.length === 0) return { on: published, notice: null };
	const before = outside.filter((o) => o.side === 'before');
	const on = before.length
		? before
				.map((o) => o.nearest)
				.sort()
				.at(-1)!
		: published;
	// One clause per source and end day, naming the pairs only when not every pair shares it.
	const clauses = new Map<string, string[]>();
	for (const o of outside) {
		const verb = o.side === 'before' ? 'start' : 'end';
		const key = `${RATE_SOURCE_SHORT_NAMES[o.source]} rates ${verb} ${o.nearest}`;
		clauses.set(key, [...(clauses.get(key) ?? []), o.pair]);
	}
	const text = [...clauses].map(([k, ps]) =>
		clauses.size > 1 || ps.length < covered.length ? `${k} for ${ps.join(', ')}` : k
	);
	const nearest = new Set(outside.map((o) => o.nearest));
	const used =
		nearest.size === 1 ? `the nearest available, ${[...nearest][0]}` : 'the nearest fixing of each';
	return {
		on,
		notice: `Rates for ${published} are not in the data (${text.join('; ')}); using ${used}.`
	};
}
