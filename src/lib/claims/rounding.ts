/**
 * The range of values a rounded number stands for, so a verdict can ask "does the reference value
 * round to what the article wrote?" rather than demand equality. Pure arithmetic.
 *
 * A number written with d significant digits stands for everything within half a unit of its last
 * digit: "$56 billion" (2 digits) covers $55.5–56.5 billion, "3 trillion" (1 digit) 2.5–3.5 trillion.
 * Digit counting is `significantDigitsOf` from the currency layer, so "20" counts as 1 digit (its
 * trailing zero is ambiguous) and a claim is never held to more precision than it stated.
 */

/**
 * Half a unit in the last stated digit: the widest gap that ordinary rounding can introduce. A
 * wider tolerance would pass figures the writer got wrong; a narrower one would fail correct rounding.
 */
export const ROUNDING_HALF_UNIT = 0.5;

export interface Interval {
	low: number;
	high: number;
}

/** The size of one unit in the last of `digits` significant digits of `value`. */
function unit(value: number, digits: number): number {
	return 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
}

export function roundingInterval(value: number, digits: number): Interval {
	const half = ROUNDING_HALF_UNIT * unit(value, digits);
	return { low: value - half, high: value + half };
}

/** Inclusive at both ends: a value exactly halfway may round either way depending on convention. */
export function within(value: number, { low, high }: Interval): boolean {
	return value >= low && value <= high;
}

/** `value` rounded to `digits` significant digits, the way the article would have written it. */
export function roundTo(value: number, digits: number): number {
	const u = unit(value, digits);
	return Math.round(value / u) * u;
}
