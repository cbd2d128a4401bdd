/**
 * Quantities: a count with its noun, "14 artillery systems", "20,000 more soldiers", "a dozen
 * tanks", "1.5 million people", "hundreds of thousands of rounds" (vague: approximate, lower bound).
 * In: context and token index. Out: a quantity `Match` whose `exact` runs from the number through the
 * head noun and whose `unit` is the noun without comparative lead words ("more soldiers" → unit
 * "soldiers"), or null. Runs after money, percent and years, which win over it.
 */
import { isWord, makeMatch, span, tok, type Ctx, type Match } from './context';
import { WORDS } from './currencies';
import { parseNumber } from './numbers';
import { countedPhrase } from './phrases';

/** Words that say how the count relates to another, not what is counted. */
const LEADS = new Set([
	'more',
	'additional',
	'extra',
	'further',
	'other',
	'fewer',
	'new',
	'another'
]);
/** Before a spelled number these make it a reference, not a figure: "the two leaders". */
const REFERRING = new Set([
	'the',
	'these',
	'those',
	'both',
	'its',
	'their',
	'his',
	'her',
	'our',
	'all'
]);

export function matchQuantity(ctx: Ctx, i: number): Match | null {
	const n = parseNumber(ctx, i);
	// A count is never negative: "-5" before a noun is a list dash or a typo, not a figure.
	if (!n || n.signed) return null;
	// "one" is mostly a pronoun ("one of the"), and a spelled count after "the" refers back.
	if (
		n.spelled &&
		!n.vague &&
		!n.scaled &&
		(n.value < 2 || REFERRING.has(tok(ctx, i - 1)?.lower ?? ''))
	) {
		return null;
	}
	if (n.vague && !isWord(ctx, n.to, 'of')) return null;
	const at = n.vague ? n.to + 1 : n.to;
	const p = countedPhrase(ctx, at, n.value === 1 && !n.vague);
	if (!p) return null;
	const first = p.words.findIndex((w) => !LEADS.has(tok(ctx, w)?.lower ?? ''));
	const from = first < 0 ? undefined : p.words[first];
	// A currency the money matcher could not place ("105 billion pesos", no country) is refused,
	// not counted: money read as a count would be a wrong figure.
	if (from === undefined || WORDS[tok(ctx, from)?.lower ?? ''] !== undefined) return null;
	const m = makeMatch('quantity', i, p.to, n.value);
	m.check = n.check ?? null;
	m.unit = span(ctx, from, p.to);
	m.endValue = n.upper;
	m.approximate = n.vague;
	return m;
}
