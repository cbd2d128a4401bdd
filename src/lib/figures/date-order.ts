/**
 * Which way the article writes numeric dates: 23/12/2023 (day first, British and most of the world)
 * or 12/23/2023 (month first, American).
 *
 * In: every token of the article and the region of its language tag ("US" from "en-US"), if any.
 * Out: `dayFirst` (null when nothing says) and the reason to check it when it is only a guess. In
 * order of trust: the language tag, then the article's own unambiguous numeric dates (a first number
 * over 12 is a day, a second over 12 is a day too), then guesses flagged for checking: the order of
 * its written dates ("23 December" against "December 23"), then its spelling ("defence", "per cent"
 * against "defense", "percent"). One pass over the tokens, so linear. Pure.
 */
import type { Token } from './tokens';

export interface DateOrder {
	dayFirst: boolean | null;
	check: string | null;
}

const MONTHS = new Set(
	'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
		' '
	)
);
const DAY_FIRST_REGIONS = new Set('GB UK IE IN AU NZ ZA SG PK LK HK MY NG KE'.split(' '));
const US_SPELLING = new Set('defense program programs percent labor center color'.split(' '));
const UK_SPELLING = new Set(
	'defence programme programmes labour centre colour organisation'.split(' ')
);

const isDay = (t: Token | undefined) =>
	t?.type === 'num' && /^\d{1,2}$/.test(t.text) && t.value <= 31;

/** The two leading numbers of a numeric date "a/b/yyyy" at k, or null. */
export function numericDateAt(ts: Token[], k: number): [number, number] | null {
	const [a, s1, b, s2, y] = [ts[k], ts[k + 1], ts[k + 2], ts[k + 3], ts[k + 4]];
	if (!isDay(a) || !isDay(b) || !y || y.type !== 'num' || !/^\d{4}$/.test(y.text)) return null;
	if (s1?.text !== '/' || s2?.text !== '/' || s1.gap || b?.gap || s2.gap || y.gap) return null;
	return [a?.value ?? 0, b?.value ?? 0];
}

export function dateOrder(lists: Token[][], region: string | null): DateOrder {
	if (region === 'US') return { dayFirst: false, check: null };
	if (region && DAY_FIRST_REGIONS.has(region)) return { dayFirst: true, check: null };
	let [dayNum, monthNum, dayWritten, monthWritten, uk, us] = [0, 0, 0, 0, 0, 0];
	for (const ts of lists) {
		for (let k = 0; k < ts.length; k++) {
			const t = ts[k] as Token;
			const next = ts[k + 1];
			const d = next?.text === '/' ? numericDateAt(ts, k) : null;
			if (d && d[0] > 12 && d[1] <= 12) dayNum++;
			if (d && d[1] > 12 && d[0] <= 12) monthNum++;
			const month = t.type === 'word' && MONTHS.has(t.lower);
			if (month && next?.gap && isDay(next)) monthWritten++;
			if (isDay(t) && next?.gap && next.type === 'word' && MONTHS.has(next.lower)) dayWritten++;
			if (US_SPELLING.has(t.lower)) us++;
			if (UK_SPELLING.has(t.lower) || (t.lower === 'cent' && ts[k - 1]?.lower === 'per')) uk++;
		}
	}
	if (dayNum > 0 !== monthNum > 0) return { dayFirst: dayNum > 0, check: null };
	if (dayWritten !== monthWritten) {
		const dayFirst = dayWritten > monthWritten;
		const how = dayFirst ? '"23 December"' : '"December 23"';
		return {
			dayFirst,
			check: `numeric date read ${dayFirst ? 'day' : 'month'} first: the article writes ${how}`
		};
	}
	if (uk !== us) {
		const dayFirst = uk > us;
		return {
			dayFirst,
			check: `numeric date read ${dayFirst ? 'day' : 'month'} first from the article's ${dayFirst ? 'British' : 'American'} spelling`
		};
	}
	return { dayFirst: null, check: null };
}
