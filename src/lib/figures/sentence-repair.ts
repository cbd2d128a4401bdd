/**
 * Decides whether a break that `Intl.Segmenter` proposed between two sentence candidates is wrong.
 *
 * In: the text before the break (trimmed of trailing whitespace), the whitespace at the break and the
 * text after it. Out: a boolean. Pure string tests on the last word and the first word only, so each
 * call does a bounded amount of work. Never looks at more than the edges of the two candidates.
 */
import { hasLineBreak, isParagraphGap } from './paragraphs';

/** Abbreviations that are never the end of a sentence in news copy (titles, Latin shorthand). */
const ALWAYS = new Set(
	(
		'mr mrs ms dr gen lt col maj capt cpt sgt adm cmdr brig cpl pvt gov sen rep rev prof st mt ft hon ' +
		'pres supt insp e.g eg i.e ie vs v cf approx est'
	).split(' ')
);

/** Abbreviations that end a sentence unless a number follows them ("No. 2", "Dec. 23", "Art. 5"). */
const BEFORE_NUMBER = new Set(
	(
		'no nos art arts vol vols fig figs sec ch p pp para jan feb mar apr jun jul aug sep sept oct nov dec ' +
		'ca c op'
	).split(' ')
);

/** Abbreviations that may end a sentence: join unless the next word typically starts one. */
const AMBIGUOUS = new Set(
	'u.s u.k u.n e.u u.s.a inc corp ltd co jr sr a.m p.m etc bros dept govt assn intl plc'.split(' ')
);

const STARTERS = new Set(
	(
		'the a an it he she they we i you this that these those there but and in on at for however its his ' +
		'her their our meanwhile if when while after before as so yet still also some many most both such ' +
		'no now then last earlier later what why how who officials analysts critics'
	).split(' ')
);

const LAST_WORD = /([\p{L}.]+)\.$/u;
const OPENERS = /^[\s"'“‘([{]*/u;

function firstWord(after: string): string {
	const rest = after.slice(OPENERS.exec(after)?.[0].length ?? 0, 40);
	const m = /^[\p{L}\p{N}]*/u.exec(rest);
	return m ? m[0] : '';
}

/**
 * True when `before` + `gap` + `after` should stay one sentence. `blankLines` says whether the text
 * marks paragraphs with blank lines (then a single line break is a soft wrap; see `paragraphs.ts`).
 */
export function shouldJoin(before: string, gap: string, after: string, blankLines = true): boolean {
	if (isParagraphGap(gap, true) || before.length === 0 || after.length === 0) return false;
	const first = firstWord(after);
	const head = first.charAt(0);
	const lower = head !== '' && head !== head.toUpperCase();
	// Without blank lines each line is a paragraph, unless the next one carries on in lower case.
	if (!blankLines && hasLineBreak(gap)) return lower;
	// A sentence does not start in lower case: a break before one follows a quote ('"Stop!" she
	// cried'), an ellipsis or an abbreviation the tables below do not know.
	if (lower) return true;
	const startsWithDigit = /^\p{N}/u.test(first);
	// A line break inside a paragraph (hard-wrapped copy) is not a sentence end by itself.
	if (hasLineBreak(gap) && !/[.!?…"”’)\]:]$/u.test(before)) return startsWithDigit;
	// Decimal points the segmenter split ("3." + "5"), with nothing between them.
	if (gap === '' && /\p{N}\.$/u.test(before) && startsWithDigit) return true;
	const m = LAST_WORD.exec(before.slice(-24));
	if (!m || !m[1]) return false;
	// The captured word may carry its own inner dots ("U.S" for "U.S."); keep them for the lookup.
	const word = m[1].toLowerCase().replace(/^\.+/, '');
	if (ALWAYS.has(word)) return true;
	if (BEFORE_NUMBER.has(word)) return startsWithDigit;
	const initial = /^\p{Lu}$/u.test(m[1]) || /^(\p{L}\.)+\p{L}$/u.test(m[1]);
	if (AMBIGUOUS.has(word) || initial) return !STARTERS.has(first.toLowerCase());
	return false;
}
