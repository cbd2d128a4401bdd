// Reference bookkeeping in a reader's words, and sources as named links.
import { describe, expect, it } from 'vitest';
import { citation, plainPrecision, plainVerification } from '$lib/reference/plain';

describe('precision codes in plain words', () => {
	it.each([
		['USD million exact (67,571)', 'exact to the million dollars'],
		['USD 0.01bn ($68.92bn)', 'rounded to $0.01 billion'],
		['USD 0.1bn', 'rounded to $0.1 billion'],
		['about 3 (約3兆円)', 'about 3 (約3兆円)']
	])('%s → %s', (code, plain) => expect(plainPrecision(code)).toBe(plain));
});

describe('verification statuses in plain words', () => {
	it.each([
		['verified', 'verified from the publisher'],
		['verified (secondary, rounded)', 'verified from a secondary source, rounded'],
		['secondary source only', 'from a secondary source only, not verified'],
		['a status no one mapped', 'a status no one mapped']
	])('%s → %s', (status, plain) => expect(plainVerification(status)).toBe(plain));
});

describe('a source as a named link', () => {
	it.each([
		[
			'Providence Business News 2024-01-24 https://pbn.com/rtx-corp-posts/',
			{ name: 'Providence Business News 2024-01-24', url: 'https://pbn.com/rtx-corp-posts/' }
		],
		[
			'RTX press release 2024-01-23 https://www.prnewswire.com/x.html ; PBN',
			{ name: 'RTX press release 2024-01-23 ; PBN', url: 'https://www.prnewswire.com/x.html' }
		],
		[
			'10-K FY2022 income statement via https://stock-analysis-on.net/NYSE/x ; 2023 Annual Report',
			{
				name: '10-K FY2022 income statement ; 2023 Annual Report',
				url: 'https://stock-analysis-on.net/NYSE/x'
			}
		],
		[
			'Japan Ministry of Defense, white paper',
			{ name: 'Japan Ministry of Defense, white paper', url: null }
		],
		['javascript:alert(1) text', { name: 'javascript:alert(1) text', url: null }]
	])('%s', (source, expected) => expect(citation(source)).toEqual(expected));
});
