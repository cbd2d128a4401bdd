/**
 * Dates: "Dec 23, 2023", "Dec. 23, 2023", "December 23rd 2023", "23 December 2023", "May 2023"
 * (year-month), ISO "2023-12-23" and numeric "23/12/2023" or "12/23/2023". A day and month without
 * a year take the published year when one is known, else they are skipped. Bare months and relative
 * dates ("August", "last month") are never dates here. In: context and token index. Out: a date
 * `Match` (`date` ISO, `value` the year).
 *
 * A numeric date whose first or second number is over 12 reads one way only. An ambiguous one
 * ("03/04/2024") follows the article's convention (`date-order.ts`: its language tag, its other
 * numeric dates, then flagged guesses from its written dates and spelling); with no convention at
 * all it is not read, since a wrong date is worse than a missing one.
 */
import { table } from './table';
import {
	cluesOf,
	DASHES,
	isCapitalized,
	isPunct,
	makeMatch,
	tok,
	type Ctx,
	type Match
} from './context';
import { numericDateAt } from './date-order';
import { yearAt } from './years';

const MONTHS = table<number>({
	january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
	october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
	sep: 9, sept: 9, oct: 10, nov: 11, dec: 12
}); // prettier-ignore

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | null {
	const t = new Date(Date.UTC(y, m - 1, d));
	return t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** A capitalised month name at i ("Dec", "Dec.", "December"): [month, index after]. */
function monthAt(ctx: Ctx, i: number): [number, number] | null {
	const t = tok(ctx, i);
	const m = t && t.type === 'word' && isCapitalized(t.text) ? MONTHS[t.lower] : undefined;
	if (!m) return null;
	const dot = t && t.text.length <= 4 && isPunct(ctx, i + 1, '.') && !tok(ctx, i + 1)?.gap;
	return [m, dot ? i + 2 : i + 1];
}

/** A day number at i ("23", "23rd"): [day, index after]. */
function dayAt(ctx: Ctx, i: number): [number, number] | null {
	const t = tok(ctx, i);
	if (!t || t.type !== 'num' || !/^\d{1,2}$/.test(t.text) || t.value < 1 || t.value > 31)
		return null;
	const s = tok(ctx, i + 1);
	const ordinal = s && !s.gap && ['st', 'nd', 'rd', 'th'].includes(s.lower);
	return [t.value, ordinal ? i + 2 : i + 1];
}

function publishedYear(ctx: Ctx): number | null {
	return ctx.published ? Number(ctx.published.slice(0, 4)) : null;
}

function build(from: number, to: number, date: string | null): Match | null {
	if (!date) return null;
	const m = makeMatch('date', from, to, Number(date.slice(0, 4)));
	m.date = date;
	return m;
}

/** A year after a day: ", 2023" or " 2023": [year, index after]. */
function yearAfter(ctx: Ctx, i: number): [number, number] | null {
	const k = isPunct(ctx, i, ',') ? i + 1 : i;
	const y = tok(ctx, k)?.gap ? yearAt(ctx, k) : null;
	return y === null ? null : [y, k + 1];
}

function isoDate(ctx: Ctx, i: number): Match | null {
	const y = yearAt(ctx, i);
	const m = tok(ctx, i + 2);
	const d = tok(ctx, i + 4);
	if (y === null || !m || !d || !isPunct(ctx, i + 1, DASHES) || !isPunct(ctx, i + 3, DASHES))
		return null;
	if ([1, 2, 3, 4].some((k) => tok(ctx, i + k)?.gap)) return null;
	if (!/^\d\d$/.test(m.text) || !/^\d\d$/.test(d.text)) return null;
	return build(i, i + 5, iso(y, m.value, d.value));
}

function numericDate(ctx: Ctx, i: number): Match | null {
	const d = numericDateAt(ctx.ts, i);
	const y = yearAt(ctx, i + 4);
	if (!d || y === null) return null;
	const [a, b] = d;
	const order = cluesOf(ctx).dates;
	const ambiguous = a <= 12 && b <= 12 && a !== b;
	if (ambiguous && order.dayFirst === null) return null;
	const dayFirst = a > 12 || (b <= 12 && order.dayFirst === true);
	const m = build(i, i + 5, dayFirst ? iso(y, b, a) : iso(y, a, b));
	if (m && ambiguous) m.check = order.check;
	return m;
}

export function matchDate(ctx: Ctx, i: number): Match | null {
	const month = monthAt(ctx, i);
	if (month) {
		const [m, k] = month;
		const day = tok(ctx, k)?.gap ? dayAt(ctx, k) : null;
		if (day) {
			const y = yearAfter(ctx, day[1]);
			const year = y ? y[0] : publishedYear(ctx);
			return year === null ? null : build(i, y ? y[1] : day[1], iso(year, m, day[0]));
		}
		const y = tok(ctx, k)?.gap ? yearAt(ctx, k) : null;
		return y === null ? null : build(i, k + 1, `${y}-${pad(m)}`);
	}
	const iso8601 = isoDate(ctx, i) ?? numericDate(ctx, i);
	if (iso8601) return iso8601;
	const day = dayAt(ctx, i);
	if (!day) return null;
	const k = tok(ctx, day[1])?.lower === 'of' ? day[1] + 1 : day[1];
	const mon = tok(ctx, k)?.gap ? monthAt(ctx, k) : null;
	if (!mon) return null;
	const y = yearAfter(ctx, mon[1]);
	const year = y ? y[0] : publishedYear(ctx);
	return year === null ? null : build(i, y ? y[1] : mon[1], iso(year, mon[0], day[0]));
}
