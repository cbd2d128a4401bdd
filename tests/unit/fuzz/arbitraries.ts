/**
 * Shared pieces of the fuzz suite: hostile strings, line-level mutations of a valid file, and the
 * check that a data error names its file, line and field. Test-only; imports fast-check and vitest.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

/** Text a reader or a hostile link could send: markup, bidi overrides, lone surrogates, NULs. */
export const NASTY = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'\u202e',
	'\u202d',
	'\u2066',
	'\u200f',
	'\ud800',
	'\udfff',
	'\ud83d\ude00',
	'\u0000',
	'\uFEFF',
	'\r\n',
	'\r',
	'\t',
	'"',
	"'",
	'\\',
	'%',
	'%zz',
	'%00',
	'%E2%80%AE',
	'%F0%9F%98%80',
	'%ED%A0%80',
	'NaN',
	'Infinity',
	'-1',
	'1e308',
	'ｔｙｐｅｓ',
	'İ',
	'ß'
];

export const hostile: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom(...NASTY),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.array(fc.constantFrom(...NASTY), { maxLength: 6 }).map((parts) => parts.join(''))
);

/** A string of `n` repeated characters, for huge values (up to 20,000 characters). */
export const huge: fc.Arbitrary<string> = fc
	.tuple(fc.integer({ min: 1_000, max: 20_000 }), fc.constantFrom('x', '9', 'é', '😀', '%41'))
	.map(([n, c]) => c.repeat(Math.ceil(n / c.length)));

/** Values of the wrong type or shape for a YAML field. */
export const badYamlValue: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom(
		'',
		'~',
		'null',
		'123',
		'1.5e3',
		'-0',
		'.nan',
		'true',
		'no',
		'[a, b]',
		'[]',
		'{a: 1}',
		'{}',
		'""',
		"''",
		'|\n  block text',
		'>-\n  folded',
		'- a',
		'"unterminated',
		"'unterminated",
		'!!binary aGVsbG8=',
		'!!str 5',
		'!!int x',
		'!custom tag',
		'2023-13-45',
		'2023-02-30',
		'2023-12-23T10:00:00Z',
		'23/12/2023',
		'0000-00-00',
		'99999-01-01',
		'2023-1-2',
		'a: b: c',
		'#comment only',
		'%YAML 1.1',
		'? complex',
		'@reserved',
		'`backtick'
	),
	hostile,
	huge
);

/** An edit to a list of lines; indices are taken modulo the length so every edit applies. */
export type LineEdit = (lines: string[]) => string[];

const at = (lines: string[], i: number) => (lines.length ? i % lines.length : 0);

/** Keys a renamed line may get: typos, other fields, prototype names, junk. */
export const someKey: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom(
		'title',
		'source',
		'published',
		'publised',
		'dateline',
		'url',
		'language',
		'slug',
		'quote',
		'label',
		'date',
		'figures',
		'events',
		'context',
		'claims',
		'id',
		'rule',
		'type',
		'params',
		'constructor',
		'__proto__',
		'toString',
		'Title',
		'"title"',
		'title ',
		' title'
	),
	fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_ -]{0,11}$/)
);

/** Line-level mutations: dropped, duplicated, renamed, retyped, junk, truncated, swapped lines. */
export function lineEdit(value: fc.Arbitrary<string> = badYamlValue): fc.Arbitrary<LineEdit> {
	return fc.oneof(
		fc.nat().map(
			(i): LineEdit =>
				(ls) =>
					ls.filter((_, k) => k !== at(ls, i))
		),
		fc.nat().map(
			(i): LineEdit =>
				(ls) =>
					ls.flatMap((l, k) => (k === at(ls, i) ? [l, l] : [l]))
		),
		fc.tuple(fc.nat(), someKey).map(
			([i, key]): LineEdit =>
				(ls) =>
					ls.map((l, k) =>
						k === at(ls, i) ? l.replace(/^(\s*-?\s*)[^:\s][^:]*:/, `$1${key}:`) : l
					)
		),
		fc.tuple(fc.nat(), value).map(
			([i, v]): LineEdit =>
				(ls) =>
					ls.map((l, k) =>
						k === at(ls, i) ? l.replace(/^(\s*-?\s*[^:\s][^:]*:).*$/, `$1 ${v}`) : l
					)
		),
		fc
			.tuple(fc.nat(), value)
			.map(([i, v]): LineEdit => (ls) => [...ls.slice(0, at(ls, i)), v, ...ls.slice(at(ls, i))]),
		fc.tuple(fc.nat(), fc.nat(), hostile).map(
			([i, j, v]): LineEdit =>
				(ls) =>
					ls.map((l, k) => {
						if (k !== at(ls, i)) return l;
						const p = l.length ? j % l.length : 0;
						return l.slice(0, p) + v + l.slice(p + 1);
					})
		),
		fc.tuple(fc.nat(), fc.nat()).map(([i, j]): LineEdit => (ls) => {
			if (ls.length < 2) return ls;
			const [a, b] = [at(ls, i), at(ls, j)];
			const out = [...ls];
			[out[a], out[b]] = [ls[b]!, ls[a]!];
			return out;
		}),
		fc.nat().map(
			(i): LineEdit =>
				(ls) =>
					ls.slice(0, at(ls, i))
		)
	);
}

/** Applies one to four edits to the lines of `text`. */
export function mutated(text: string, value?: fc.Arbitrary<string>): fc.Arbitrary<string> {
	return fc
		.array(lineEdit(value), { minLength: 1, maxLength: 4 })
		.map((edits) => edits.reduce((ls, edit) => edit(ls), text.split('\n')).join('\n'));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface DataError extends Error {
	file: string;
	line: number;
	field: string;
}

/**
 * Runs `parse`; a result is returned, an error of `type` must read `file:line: field: reason` with
 * a line inside the file, and any other error fails the property (it is rethrown).
 */
export function parsedOrNamed<T>(
	parse: () => T,
	type: abstract new (...args: never[]) => DataError,
	file: string,
	text: string
): T | null {
	try {
		return parse();
	} catch (e) {
		if (!(e instanceof type)) throw e;
		expect(e.file).toBe(file);
		expect(e.field.trim()).not.toBe('');
		expect(e.message).toMatch(new RegExp(`^${escape(file)}:\\d+: ${escape(e.field)}: .+`, 's'));
		expect(Number.isInteger(e.line)).toBe(true);
		expect(e.line).toBeGreaterThanOrEqual(1);
		expect(e.line).toBeLessThanOrEqual(text.split('\n').length);
		return null;
	}
}
