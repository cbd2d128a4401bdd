/**
 * How many significant digits a number was written with, and so how many a conversion may show.
 *
 * Rule (the textbook one for multiplication): a product is no more precise than its least precise
 * factor. Reference rates carry 5–6 significant digits, so a converted figure gets the digits of the
 * figure as the article wrote it, capped at 3 (the default display precision). Counting follows the
 * usual convention: leading zeros never count; trailing zeros of a whole number ("20", "500,000") are
 * ambiguous and do not count; after a decimal point they do ("3.0" has 2). Words ("three trillion",
 * "hundreds of thousands") count as 1. So "3 trillion yen" at 142.12 JPY/USD shows as "$20 billion",
 * not "$21.1 billion": the source says 2.5–3.5 trillion, i.e. $18–25 billion, and "$21.1 billion"
 * would claim ±0.2%. The money chart shows at least two digits ("$21 billion"), so a conversion is
 * visibly a conversion; the exact value and the rate stay beside it for anyone who checks.
 */

/** The first number written in `text` ("¥7.9496 trillion" → 5, "$56 billion" → 2, "3 trillion" → 1). */
export function significantDigitsOf(text: string): number {
	const m = /\d[\d,]*(?:\.\d+)?|\.\d+/.exec(text);
	if (!m) return 1;
	const written = m[0].replace(/,/g, '');
	const [whole = '', fraction] = written.split('.');
	if (fraction !== undefined) {
		const digits = (whole + fraction).replace(/^0+/, '');
		return Math.max(1, digits.length);
	}
	return Math.max(1, whole.replace(/^0+/, '').replace(/0+$/, '').length);
}

/** Digits a value converted from a figure written as `text` may show: as written, at most `max`. */
export function convertedDigits(text: string, max = 3): number {
	return Math.min(max, significantDigitsOf(text));
}
