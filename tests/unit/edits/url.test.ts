import { describe, expect, it } from 'vitest';
import { EMPTY_EDITS, type Edits } from '$lib/edits/model';
import { EDITS_PARAM_MAX, encodeEdits } from '$lib/edits/link';
import { decodeEdits } from '$lib/edits/url';
import { mergeQuery } from '$lib/state/url';

const ids = new Set(['money-56-billion', 'year-2027', 'a', 'b', 'c', 'd', 'e', 'f']);
const sample: Edits = {
	charts: { money: { title: 'Défense – ¥ and € “quoted” 🚢' } },
	figures: {
		'money-56-billion': { label: 'Budget', correction: { value: 5.7e10, currency: 'USD' } },
		'year-2027': { hidden: true }
	},
	events: [{ quote: 'the new fleet', date: '2025-06-30', label: 'Fleet ready' }]
};

const b64url = (s: string) =>
	Buffer.from(s, 'utf8')
		.toString('base64')
		.replaceAll('+', '-')
		.replaceAll('/', '_')
		.replace(/=+$/, '');

describe('encodeEdits and decodeEdits', () => {
	it('carries nothing when nothing is edited', () => {
		expect(encodeEdits(EMPTY_EDITS)).toBeNull();
		expect(encodeEdits({ ...EMPTY_EDITS, figures: { a: { label: ' ' } } })).toBeNull();
	});

	it('round-trips edits, non-Latin text included, in URL-safe characters', () => {
		const value = encodeEdits(sample)!;
		expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeEdits(value, ids)).toEqual({ edits: sample, notices: [] });
	});

	it('drops the edit of a figure the article does not have, naming it', () => {
		const value = encodeEdits({
			...sample,
			figures: { ...sample.figures, 'year-1999': { hidden: true } }
		})!;
		const { edits, notices } = decodeEdits(value, ids);
		expect(edits).toEqual(sample);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatch(
			/^The link edits a figure this article does not have \(".*"\); that edit was ignored\.$/
		);
	});

	it('counts every unknown figure and lists three', () => {
		const figures = Object.fromEntries(['w', 'x', 'y', 'z'].map((id) => [id, { hidden: true }]));
		const { edits, notices } = decodeEdits(encodeEdits({ ...EMPTY_EDITS, figures })!, ids);
		expect(edits).toEqual(EMPTY_EDITS);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatch(
			/^The link edits 4 figures this article does not have \("[^"]*", "[^"]*", "[^"]*"\); those edits were ignored\.$/
		);
	});

	it.each([
		['not base64 at all', '!!!', 'could not be read (the link may have been cut short)'],
		['base64 of something not JSON', b64url('{"charts":'), 'could not be read'],
		[
			'bytes that are not UTF-8',
			Buffer.from([0x7b, 0xff, 0x7d]).toString('base64url'),
			'could not be read'
		],
		['JSON of the wrong shape', b64url('[1,2]'), 'are not valid (edits: '],
		[
			'a label that is not text',
			b64url('{"figures":{"year-2027":{"label":5}}}'),
			'are not valid (figures.year-2027.label: '
		],
		[
			'a date that does not exist',
			b64url('{"events":[{"quote":"abc","date":"2025-02-30","label":"x"}]}'),
			'are not valid (events.0.date: is not a real calendar date)'
		]
	])('gives a notice and no edits for %s', (_, value, why) => {
		const { edits, notices } = decodeEdits(value, ids);
		expect(edits).toBeNull();
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain(why);
		expect(notices[0]).toMatch(/^The link's edits ".*" .*; the charts are shown without them\.$/);
	});

	/** Edits whose encoding is exactly `length` characters (a multiple of 4, so no padding). */
	function editsEncodedAt(length: number): { edits: Edits; value: string } {
		const bytes = (length / 4) * 3;
		const labels = (last: number) =>
			Object.fromEntries(
				['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => [
					id,
					{ label: 'x'.repeat(i < 5 ? 9000 : last) }
				])
			);
		const overhead = JSON.stringify({ ...EMPTY_EDITS, figures: labels(0) }).length;
		const edits = { ...EMPTY_EDITS, figures: labels(bytes - overhead) };
		return { edits, value: encodeEdits(edits)! };
	}

	it('reads edits of exactly EDITS_PARAM_MAX characters and refuses longer ones', () => {
		const at = editsEncodedAt(EDITS_PARAM_MAX);
		expect(at.value).toHaveLength(EDITS_PARAM_MAX);
		expect(decodeEdits(at.value, ids)).toEqual({ edits: at.edits, notices: [] });

		const past = editsEncodedAt(EDITS_PARAM_MAX + 4);
		expect(past.value).toHaveLength(EDITS_PARAM_MAX + 4);
		const refused = decodeEdits(past.value, ids);
		expect(refused.edits).toBeNull();
		expect(refused.notices[0]).toContain('are too long to be read');
		expect(decodeEdits(`${at.value}A`, ids).notices[0]).toContain('are too long to be read');
	});

	it('quotes the bad value in the notice shortened and with invisible characters escaped', () => {
		const value = `\u202e${'Q'.repeat(60)}`;
		const [notice] = decodeEdits(value, ids).notices;
		expect(notice).toContain('"\\u202e' + 'Q'.repeat(39) + '…"');
		expect(notice).not.toContain('\u202e');
	});
});

describe('mergeQuery', () => {
	const own = ['types', 'currency', 'rate', 'edits'] as const;
	it.each([
		[
			'keeps a page’s own parameter and replaces the dashboard’s',
			'?saved=abc&types=money',
			'?types=money,percent&edits=e1',
			'?saved=abc&types=money,percent&edits=e1'
		],
		[
			'removes a dashboard parameter the next state leaves out',
			'?edits=old&saved=1&currency=JPY',
			'',
			'?saved=1'
		],
		['keeps the hash of the next state', '?saved=1', '#fig-year-2027', '?saved=1#fig-year-2027'],
		['drops the current hash when the next has none', '', '?rate=stated', '?rate=stated'],
		['gives an empty string for no query and no hash', '?types=money', '', ''],
		['takes a query and a hash together', '', '?currency=EUR#money', '?currency=EUR#money']
	])('%s', (_, current, next, expected) => expect(mergeQuery(current, next, own)).toBe(expected));
});

it('names the unknown figures whole in its notice', () => {
	const figures = Object.fromEntries(
		['year-1999', 'x', 'yy', 'zzz'].map((id) => [id, { hidden: true }])
	);
	const { notices } = decodeEdits(encodeEdits({ ...EMPTY_EDITS, figures })!, new Set());
	expect(notices).toEqual([
		'The link edits 4 figures this article does not have ("year-1999", "x", "yy"); those edits were ignored.'
	]);
});
