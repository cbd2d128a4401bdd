import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/figures';

const SEED = 'tests/fixtures/extract/afp-2023-12-23-japan-patriot-exports.txt';
const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
	it.each([
		[
			'keeps "U.S." before a noun',
			'The U.S. Army sent tanks. Then it stopped.',
			['The U.S. Army sent tanks.', 'Then it stopped.']
		],
		[
			'ends a sentence at "U.S." before "The"',
			'He flew to the U.S. The trip was short.',
			['He flew to the U.S.', 'The trip was short.']
		],
		[
			'keeps "Dec. 23" together',
			'It happened on Dec. 23. Officials said so.',
			['It happened on Dec. 23.', 'Officials said so.']
		],
		[
			'keeps "Mr." and "Dr." with the name',
			'Mr. Smith met Dr. Jones. They talked.',
			['Mr. Smith met Dr. Jones.', 'They talked.']
		],
		[
			'keeps "No. 2" together',
			'He was No. 2 in the party. Not now.',
			['He was No. 2 in the party.', 'Not now.']
		],
		[
			'keeps "Gen." "Lt." and "Col." with the name',
			'Gen. Milley and Lt. Col. Brown spoke. Yes.',
			['Gen. Milley and Lt. Col. Brown spoke.', 'Yes.']
		],
		[
			'keeps "St." "Jan." "e.g." and "i.e."',
			'In St. Louis on Jan. 5 they met, e.g. Bob, i.e. Al. Done.',
			['In St. Louis on Jan. 5 they met, e.g. Bob, i.e. Al.', 'Done.']
		],
		[
			'keeps initials with the surname',
			'John F. Kennedy spoke. Then left.',
			['John F. Kennedy spoke.', 'Then left.']
		],
		[
			'does not split decimal points',
			'It rose 3.5 percent. Then 0.5 more.',
			['It rose 3.5 percent.', 'Then 0.5 more.']
		],
		[
			'keeps a quote with its attribution',
			'"Stop!" she cried. He left.',
			['"Stop!" she cried.', 'He left.']
		],
		[
			'keeps an ellipsis inside a quote',
			'“It will contribute to… international peace,” he said. OK.',
			['“It will contribute to… international peace,” he said.', 'OK.']
		],
		[
			'ends a sentence at a closing quote',
			'“We welcome it.” The White House said more.',
			['“We welcome it.”', 'The White House said more.']
		],
		[
			'always breaks at a paragraph',
			'No full stop here\n\nnext paragraph',
			['No full stop here', 'next paragraph']
		],
		[
			'joins a hard-wrapped line',
			'The ministry said it would\nspend more.',
			['The ministry said it would\nspend more.']
		],
		[
			'keeps a headline line apart',
			'Japan to sell Patriots\nTOKYO (AFP) – Japan said.',
			['Japan to sell Patriots', 'TOKYO (AFP) – Japan said.']
		]
	])('%s', (_name, text, expected) => {
		expect(texts(text)).toEqual(expected);
	});

	it('gives spans that index the text, trimmed, in order', () => {
		const text = '  First one.   Second one!\n\n  Third?  ';
		const out = splitSentences(text);
		expect(out.map((s) => s.index)).toEqual([0, 1, 2]);
		for (const s of out) {
			expect(text.slice(s.start, s.end)).toBe(s.text);
			expect(s.text).toBe(s.text.trim());
		}
	});

	it('segments a long text in windows exactly as it segments each paragraph', () => {
		const para = readFileSync(SEED, 'utf8').split('\n\n');
		const long = Array.from({ length: 12 }, () => para)
			.flat()
			.join('\n\n');
		let offset = 0;
		const expected = long.split('\n\n').flatMap((p) => {
			const out = splitSentences(p).map((s) => [s.start + offset, s.end + offset]);
			offset += p.length + 2;
			return out;
		});
		expect(long.length).toBeGreaterThan(30_000);
		expect(splitSentences(long).map((s) => [s.start, s.end])).toEqual(expected);
	});

	it('returns nothing for empty or blank text', () => {
		expect(splitSentences('')).toEqual([]);
		expect(splitSentences(' \n\n\t ')).toEqual([]);
	});
});
