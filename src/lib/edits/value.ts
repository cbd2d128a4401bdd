/**
 * Reads a corrected value as an editor types it: "56000000000", "56,000,000,000", "56 billion",
 * "56bn", "-3.5", "2.5%". Pure. Anything else is refused with a sentence to show beside the field,
 * never read as a guess: a wrong number is worse than none.
 */
const SCALES: Record<string, number> = {
	k: 1e3,
	thousand: 1e3,
	m: 1e6,
	mn: 1e6,
	million: 1e6,
	bn: 1e9,
	b: 1e9,
	billion: 1e9,
	tn: 1e12,
	trillion: 1e12
};

export type ParsedValue = { ok: true; value: number } | { ok: false; message: string };

export function parseCorrectedValue(input: string): ParsedValue {
	const raw = input.trim();
	const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
	const refuse = (): ParsedValue => ({
		ok: false,
		message: `“${shown}” is not a number. Write digits, such as 56000000000, 56,000,000,000 or 56 billion.`
	});
	if (!raw) return { ok: false, message: 'Write a number, or clear the correction.' };
	// Thousands separators are commas, thin or plain spaces between groups of three digits.
	const m = /^([-−]?)(\d{1,3}(?:[, \u2009\u202f]\d{3})+|\d+)(\.\d+)?\s*(%|[a-z]+)?$/i.exec(raw);
	if (!m) return refuse();
	const scaleWord = m[4]?.toLowerCase();
	if (scaleWord && scaleWord !== '%' && !Object.hasOwn(SCALES, scaleWord)) return refuse();
	const digits = m[2]!.replace(/[, \u2009\u202f]/g, '') + (m[3] ?? '');
	const value =
		Number(digits) * (scaleWord && scaleWord !== '%' ? SCALES[scaleWord]! : 1) * (m[1] ? -1 : 1);
	if (!Number.isFinite(value)) return refuse();
	return { ok: true, value };
}
