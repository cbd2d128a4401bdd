/**
 * The article's own exchange rates checked against the market: for each equivalent pair ("3 trillion
 * yen ($20 billion)"), the rate it implies, the reference rate of the article's date and the gap.
 * Pure; a pair that cannot be checked says why instead of disappearing.
 */
import { formatRate, formatRateDate } from '$lib/currency/cite';
import { CurrencyError } from '$lib/currency/errors';
import { equivalentPairs, impliedRate } from '$lib/currency/implied';
import { getNumberFormat } from '$lib/currency/intl';
import { RATE_SOURCE_SHORT_NAMES } from '$lib/currency/sources';
import type { RateTable } from '$lib/currency/table';
import type { Figure } from '$lib/figures/model';

export interface RateCheckLine {
	figureIds: [string, string];
	stated: string;
	implied: string;
	market: string;
	deviation: string;
	error?: string;
}

export function rateChecks(
	figures: Figure[],
	published: string,
	table: RateTable
): RateCheckLine[] {
	const pct = getNumberFormat('en', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
	return equivalentPairs(figures.filter((f) => f.kind === 'money')).map(([a, b]) => {
		const stated = `${a.qualifier ? `${a.qualifier} ` : ''}${a.exact} (${b.exact})`;
		const base = { figureIds: [a.id, b.id] as [string, string], stated };
		try {
			const r = impliedRate(a, b, published, table);
			return {
				...base,
				implied: formatRate(r.implied, r.base, r.quote),
				market: `${formatRate(r.market, r.base, r.quote)} (${RATE_SOURCE_SHORT_NAMES[r.source]}, ${formatRateDate(r.marketDate)})`,
				deviation: `${pct.format(r.deviationPct)}%`
			};
		} catch (e) {
			if (!(e instanceof CurrencyError)) throw e;
			return { ...base, implied: '', market: '', deviation: '', error: e.message };
		}
	});
}
