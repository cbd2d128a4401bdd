/**
 * Converts reference amounts at the article-date rate, or, when that is impossible (no rates, a date
 * before the series), falls back to amounts in one currency that need no rate, with the reason for a
 * chart note. Shared by the reference charts (budget, industry), so a chart never draws a converted
 * bar it could not convert. Pure.
 */
import { resolveConversions, type ResolvedConversion } from '$lib/currency/basis';
import type { CurrencyCode } from '$lib/currency/codes';
import type { MoneyAmount } from '$lib/currency/implied';
import type { RateTable } from '$lib/currency/table';

export type Converted = ResolvedConversion & { ok: true };
export type Amount = MoneyAmount & { id: string };
const EMPTY: RateTable = { dates: [], ecb: {} };

/**
 * `amounts` in `to` at the article-date rate; when that is impossible (no rates, a date before the
 * series), `fallback`, which is in one currency and needs no rate, plus the reason for a note.
 */
export function convertOrFallback(
	amounts: Amount[],
	fallback: Amount[],
	to: CurrencyCode,
	{ published, rates }: { published: string; rates: RateTable | null }
): { conv: Converted[]; why: string | null } {
	const at = (c: string, figures: Amount[], table: RateTable) =>
		resolveConversions('article', c as CurrencyCode, { published, table, figures });
	const conv = rates ? at(to, amounts, rates) : [];
	const failed = conv.find((c) => !c.ok);
	if (rates && !failed) return { conv: conv as Converted[], why: null };
	const why = failed && !failed.ok ? failed.error.message : 'no exchange rates were loaded';
	return { conv: at(fallback[0]?.currency ?? to, fallback, EMPTY) as Converted[], why };
}
