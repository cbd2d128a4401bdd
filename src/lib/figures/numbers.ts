/**
 * Reads one number expression starting at a token: digits ("20,000", "3.5"), ranges ("5-10"), scale
 * words and suffixes ("3 trillion", "53.25bn"), spelled numbers ("two", "twenty-five", "a dozen",
 * "half a billion") and vague plurals ("hundreds of thousands").
 *
 * In: a context and a token index. Out: the value and the tokens it spans, or null. Looks at most a
 * fixed handful of tokens ahead. Does not decide what the number counts; the matchers do.
 */
import { DASHES, isPunct, tok, type Ctx } from './context';
import { scaleAt, type NumberExpr } from './scales';
import { spelled, vague } from './spelled';

export type { NumberExpr } from './scales';

function digits(ctx: Ctx, i: number, money: boolean): NumberExpr | null {
	const t = tok(ctx, i);
	if (!t || !Number.isFinite(t.value)) return null;
	let to = i + 1;
	let upper: number | null = null;
	const next = tok(ctx, i + 2);
	if (isPunct(ctx, i + 1, DASHES) && !tok(ctx, i + 1)?.gap && next?.type === 'num' && !next.gap) {
		if (next.value > t.value) {
			upper = next.value;
			to = i + 3;
		}
	}
	const plain = upper === null && /^\d+$/.test(t.text);
	const scale = scaleAt(ctx, to, money);
	if (!scale)
		return {
			from: i,
			to,
			value: t.value,
			upper,
			spelled: false,
			plain,
			scaled: false,
			vague: false
		};
	const [m, end] = scale;
	const up = upper === null ? null : upper * m;
	return {
		from: i,
		to: end,
		value: t.value * m,
		upper: up,
		spelled: false,
		plain: false,
		scaled: true,
		vague: false
	};
}

/** The number expression starting at token i, or null. `money` allows the "m"/"k"/"b" suffixes. */
export function parseNumber(ctx: Ctx, i: number, money = false): NumberExpr | null {
	const t = tok(ctx, i);
	if (!t) return null;
	if (t.type === 'num') return digits(ctx, i, money);
	if (t.type !== 'word') return null;
	return vague(ctx, i) ?? spelled(ctx, i);
}
