/**
 * Numbers that are not figures: designations and names (PAC-3, PAC3, F-35A, KF-21, K2, G7, COVID-19,
 * "Article 5", "Boeing 747", "World War Two"), ordinals ("1,000th", "2nd"), decades ("1990s"),
 * compound adjectives ("10-year"), clock times ("10:30", "3 p.m."), version numbers and phone numbers.
 * In: context and the index of a number token (or a spelled number). Out: the index to resume from
 * when the number is one of these, else -1. Reads a bounded window around the token.
 */
import { DASHES, isCapitalized, isPunct, isWord, tok, type Ctx } from './context';
import { parseNumber } from './numbers';
import { SCALE_WORDS, scaleAt } from './scales';
import { STOP } from './phrases';
import { isYearValue } from './years';

/** Capitalised words before a number that make it a name: "Article 5", "Flight 17", "Type 10". */
const HEADS = new Set(
	(
		'Article Articles Section Chapter Resolution Phase Level Type Model Flight Route Highway Block ' +
		'Stage Version Mark Mk No Number Room Gate Terminal Platform Category Class Group Line Squad Camp ' +
		'Station Building Page Vol Volume Fig Figure Table Annex Protocol Title Part Item Clause Paragraph ' +
		'Rule Season Episode Game Round Week Day Lot Zone Sector District Channel Track Apollo Windows War ' +
		'Su MiG Tu Il Boeing Airbus Cat Brigade Division Battalion Regiment Corps Fleet Army'
	).split(' ')
);
/** Abbreviations written with a dot before a number: "No. 2", "Art. 5". */
const DOTTED = new Set('No Nos Art Vol Fig Sec Ch p pp Mk para Para'.split(' '));
/** Hyphenated prefixes that leave a year a year: "mid-2024", "pre-2014". */
const YEAR_PREFIXES = new Set('mid pre post early late end circa c'.split(' '));
/** Capitalised words that may stand before a figure without naming it ("About 300", "In 2014"). */
const PLAIN = new Set(
	(
		'some roughly approximately estimated more fewer another additional total least most nearly ' +
		'almost around about over under up just only fiscal fy jan feb mar apr may jun jul aug sep sept ' +
		'oct nov dec january february march april june july august september october november december'
	).split(' ')
);
const CLOCK = new Set(['am', 'pm', 'a', 'p', 'gmt', 'utc', 'hrs', 'hours', 'bst', 'est', 'jst']);

const isNum = (ctx: Ctx, i: number) => tok(ctx, i)?.type === 'num';
const tight = (ctx: Ctx, i: number) => !tok(ctx, i)?.gap;

/** Phone-like runs: "+81 3 1234 5678", "(03) 1234-5678", "555-1234". Returns the end or -1. */
function phoneEnd(ctx: Ctx, i: number): number {
	const groups: string[] = [];
	let k = i;
	let seps = '';
	for (let n = 0; n < 12 && groups.length < 6; n++) {
		const t = tok(ctx, k);
		if (t?.type === 'num' && /^\d+$/.test(t.text)) groups.push(t.text);
		else if (t && isPunct(ctx, k, '-.()') && groups.length > 0) seps += t.text;
		else break;
		k++;
	}
	const digits = groups.join('').length;
	const plus = isPunct(ctx, i - 1, '+') && tight(ctx, i);
	const paren = isPunct(ctx, i - 1, '(') && isPunct(ctx, i + 1, ')');
	const [a = '', b = ''] = groups;
	const pair = seps === '-' && a.length >= 3 && b.length >= 4 && !isYearValue(Number(a));
	const many = groups.length >= 3 && !seps.includes(',');
	return digits >= 7 && (plus || paren || pair || many) ? k : -1;
}

function designatedByWord(ctx: Ctx, i: number): boolean {
	const prev = tok(ctx, i - 1);
	if (!prev) return false;
	// Glued to letters: "PAC3", "K2", "G7".
	if (prev.type === 'word' && tight(ctx, i)) return true;
	// Hyphenated to letters: "PAC-3", "F-35", "Capability-3"; and "5-3" scores.
	const before = tok(ctx, i - 2);
	if (isPunct(ctx, i - 1, DASHES) && tight(ctx, i) && before && tight(ctx, i - 1)) {
		if (before.type === 'num') return true;
		if (before.type === 'word') return !YEAR_PREFIXES.has(before.lower);
	}
	// "No. 2", "#1", "1.2.3".
	if (isPunct(ctx, i - 1, '.') && tight(ctx, i) && before && tight(ctx, i - 1)) {
		if (before.type === 'num' || DOTTED.has(before.text)) return true;
	}
	if (isPunct(ctx, i - 1, '#')) return true;
	if (prev.type !== 'word' || !isCapitalized(prev.text)) return false;
	if (HEADS.has(prev.text)) return true;
	const t = tok(ctx, i);
	// Any other capitalised name word: "Boeing 747". Years keep their meaning ("the US 2024 vote").
	const year = t !== undefined && /^\d{4}$/.test(t.text) && isYearValue(t.value);
	const plain = /^\d+$/.test(t?.text ?? '');
	return (
		plain && !year && !STOP.has(prev.lower) && !PLAIN.has(prev.lower) && !scaleAt(ctx, i + 1, true)
	);
}

function designatedAfter(ctx: Ctx, i: number): number {
	const next = tok(ctx, i + 1);
	if (!next) return -1;
	// Clock times: "10:30", "3 p.m.", "3pm", "09:00 GMT".
	if (isPunct(ctx, i + 1, ':') && tight(ctx, i + 1) && isNum(ctx, i + 2) && tight(ctx, i + 2))
		return i + 3;
	if (next.type === 'word' && CLOCK.has(next.lower) && /^\d{1,2}$/.test(tok(ctx, i)?.text ?? '')) {
		if (next.lower !== 'a' && next.lower !== 'p') return i + 2;
		if (isPunct(ctx, i + 2, '.') && isWord(ctx, i + 3, 'm')) return i + 4;
	}
	if (next.type === 'word' && tight(ctx, i + 1)) {
		// Ordinals, decades, calibres and model suffixes: "2nd", "1990s", "155mm", "35A".
		return scaleAt(ctx, i + 1, true) ? -1 : i + 2;
	}
	// Compound adjectives ("10-year", "2,000-strong") and version numbers ("1.2.3").
	const after = tok(ctx, i + 2);
	if (isPunct(ctx, i + 1, DASHES + '.') && tight(ctx, i + 1) && after && tight(ctx, i + 2)) {
		if (after.type === 'word' && SCALE_WORDS[after.lower] === undefined) return i + 3;
		if (after.type === 'num' && next.text === '.') return i + 3;
	}
	return -1;
}

/** Where to resume when the number at i is not a figure, or -1 when it may be one. */
export function skipNotFigure(ctx: Ctx, i: number): number {
	const t = tok(ctx, i);
	if (!t) return -1;
	if (t.type === 'word') {
		// A capitalised number word after another word names something: "World War Two", "Air Force One".
		const named = tok(ctx, i - 1)?.type === 'word' && isCapitalized(t.text);
		return named && parseNumber(ctx, i)?.spelled ? i + 1 : -1;
	}
	if (t.type !== 'num') return -1;
	if (designatedByWord(ctx, i)) return i + 1;
	const phone = phoneEnd(ctx, i);
	if (phone > 0) return phone;
	return designatedAfter(ctx, i);
}
