import { describe, expect, it } from 'vitest';
import { only } from './helpers';

describe('labels', () => {
	it.each([
		[
			'names the noun a figure is "worth"',
			'It approved a record defence budget worth $56 billion.',
			'$56 billion',
			'defence budget'
		],
		[
			'names what a count counts',
			'It sent hundreds of thousands of rounds of artillery ammunition.',
			'hundreds of thousands of rounds',
			'rounds of artillery ammunition'
		],
		[
			'follows a generic "standard" back to its subject',
			'The goal is doubling defence spending to the NATO standard of two percent of GDP.',
			'two percent',
			'defence spending'
		],
		[
			'names subject and purpose around a verb',
			'Germany will spend €53.25bn on defence.',
			'€53.25bn',
			'Germany: defence'
		],
		[
			'calls a dateline date "dateline"',
			'TOKYO, Dec 23, 2023 (AFP) – It began.',
			'Dec 23, 2023',
			'dateline'
		],
		[
			'shares a label with its bracketed equivalent',
			'The market is estimated at 3 trillion yen ($20 billion).',
			'$20 billion',
			'market'
		]
	])('%s', (_name, text, exact, label) => {
		expect(only(text, exact).label).toBe(label);
	});

	it('never runs past 60 characters', () => {
		const long = 'extraordinarily '.repeat(10);
		expect(
			only(`The ${long}budget worth $5 billion.`, '$5 billion').label.length
		).toBeLessThanOrEqual(60);
	});
});
