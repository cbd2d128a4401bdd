/**
 * Numbers written in words: "two", "twenty-five", "a dozen", "two hundred thousand", fractions of a
 * scale ("half a billion", "a quarter of a million", "two thirds of a trillion", "two and a half
 * million"), and vague plurals ("hundreds of thousands") whose value is a lower bound. In: context
 * and token index. Out: a `NumberExpr` or null. Reads at most six tokens ahead.
 */
import { table } from './table';
import { isPunct, isWord, tok, type Ctx } from './context';
import { SCALE_WORDS, type NumberExpr } from './scales';

const UNITS = table<number>({
	one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
	eighteen: 18, nineteen: 19
}); // prettier-ignore
const TENS = table<number>({
	twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
}); // prettier-ignore
/**
 * Plural round numbers mark a vague amount. The first gives the lower bound of the plural: "hundreds"
 * means at least two hundred, so "hundreds of thousands" is at least 200 × 1,000 = 200,000; later
 * ones multiply by their unit.
 */
const VAGUE = table<[number, number]>({
	tens: [20, 10], dozens: [24, 12], scores: [40, 20], hundreds: [200, 100],
	thousands: [2e3, 1e3], millions: [2e6, 1e6], billions: [2e9, 1e9], trillions: [2e12, 1e12]
}); // prettier-ignore

export function vague(ctx: Ctx, i: number): NumberExpr | null {
	const first = VAGUE[tok(ctx, i)?.lower ?? ''];
	if (!first) return null;
	let value = first[0];
	let to = i + 1;
	for (let n = 0; n < 2; n++) {
		const more = VAGUE[tok(ctx, to + 1)?.lower ?? ''];
		if (!isWord(ctx, to, 'of') || !more) break;
		value *= more[1];
		to += 2;
	}
	return {
		from: i,
		to,
		value,
		upper: null,
		spelled: true,
		plain: false,
		scaled: false,
		vague: true
	};
}

const FRACTIONS = table<number>({
	half: 1 / 2, quarter: 1 / 4, quarters: 1 / 4, third: 1 / 3, thirds: 1 / 3
}); // prettier-ignore

/** "a quarter of a million", "three quarters of a billion", "half a billion": fraction × scale. */
function fraction(ctx: Ctx, i: number): NumberExpr | null {
	const t = tok(ctx, i);
	const count = t?.lower === 'a' || t?.lower === 'one' ? 1 : (UNITS[t?.lower ?? ''] ?? 0);
	const k = count > 0 && FRACTIONS[tok(ctx, i + 1)?.lower ?? ''] ? i + 1 : i;
	const part = FRACTIONS[tok(ctx, k)?.lower ?? ''];
	if (!part || (k === i && t?.lower !== 'half')) return null;
	let j = isWord(ctx, k + 1, 'of') ? k + 2 : k + 1;
	if (!isWord(ctx, j, 'a', 'an')) return null;
	const w = tok(ctx, j + 1)?.lower ?? '';
	const s = SCALE_WORDS[w] ?? (w === 'dozen' ? 12 : w === 'hundred' ? 100 : undefined);
	if (s === undefined) return null;
	j += 2;
	const value = Math.max(1, count) * part * s;
	return { from: i, to: j, value, upper: null, spelled: true, plain: false, scaled: true, vague: false };
} // prettier-ignore

export function spelled(ctx: Ctx, i: number): NumberExpr | null {
	const f = fraction(ctx, i);
	if (f) return f;
	const t = tok(ctx, i);
	if (!t || t.type !== 'word') return null;
	let value = 0;
	let to = i + 1;
	const article = t.lower === 'a' || t.lower === 'an';
	if (article) value = 1;
	else if (t.lower === 'dozen') value = 12;
	else if (TENS[t.lower] !== undefined) {
		value = TENS[t.lower] ?? 0;
		const unit = UNITS[tok(ctx, i + 2)?.lower ?? ''];
		if (
			isPunct(ctx, i + 1, '-') &&
			!tok(ctx, i + 1)?.gap &&
			!tok(ctx, i + 2)?.gap &&
			unit &&
			unit < 10
		) {
			value += unit;
			to = i + 3;
		}
	} else if (UNITS[t.lower] !== undefined) value = UNITS[t.lower] ?? 0;
	else return null;
	const start = to;
	// "two and a half million": the half counts only when a scale follows.
	const half = isWord(ctx, to, 'and') && isWord(ctx, to + 1, 'a') && isWord(ctx, to + 2, 'half');
	if (half && SCALE_WORDS[tok(ctx, to + 3)?.lower ?? ''] && !article)
		[value, to] = [value + 0.5, to + 3];
	if (isWord(ctx, to, 'dozen') && value < 100) [value, to] = [value * 12, to + 1];
	if (isWord(ctx, to, 'hundred') && value < 100) [value, to] = [value * 100, to + 1];
	const s = SCALE_WORDS[tok(ctx, to)?.lower ?? ''];
	if (s !== undefined && tok(ctx, to)?.gap) [value, to] = [value * s, to + 1];
	// "a" and "half a" are numbers only when a dozen, hundred or scale word follows.
	if ((article || t.lower === 'half') && to === start) return null;
	const scaled = to > start;
	return { from: i, to, value, upper: null, spelled: true, plain: false, scaled, vague: false };
}
