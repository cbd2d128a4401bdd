/**
 * Calendar dates as the rate file and the URL carry them: `YYYY-MM-DD` strings.
 *
 * ISO dates sort as strings, so the rest of the layer compares them with `<` and never builds a `Date`
 * (which would drag in time zones). This module only checks that a string is a real calendar day;
 * it uses `Date.UTC` for that so 2023-02-30 and 2023-13-01 are rejected without a hand-made calendar.
 */

import { CurrencyError } from './errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const t = new Date(Date.UTC(year, month - 1, day));
	return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
}

/** Returns the date unchanged, or throws a typed `invalid-date` error naming the bad input. */
export function parseIsoDate(value: string): string {
	if (isIsoDate(value)) return value;
	throw new CurrencyError('invalid-date', `"${value}" is not a valid date (expected YYYY-MM-DD)`);
}
