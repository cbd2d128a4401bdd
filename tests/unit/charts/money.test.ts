import { describe, expect, it } from 'vitest';
import { resolveConversions } from '$lib/currency/basis';
import { extractFigures, splitSentences } from '$lib/figures';
import { buildMoneyChart, logToggleAvailable, type Scale } from '$lib/charts/money';
import { THEMES } from '$lib/charts/theme';
import { loadRates } from '$lib/server/rates';

const table = loadRates();

function money(text: string, scale: Scale = 'linear') {
	const figures = extractFigures(text, { published: '2023-12-23' });
	const conversions = resolveConversions('article', 'USD', {
		published: '2023-12-23',
		table,
		figures
	});
	const sentences = splitSentences(text);
	return buildMoneyChart({
		figures,
		conversions,
		currency: 'USD',
		sentences,
		theme: THEMES.light,
		scale
	});
}

describe('buildMoneyChart', () => {
	it.each([
		[
			'offers a log scale when amounts differ more than 20-fold',
			'It cost $5 million, then $2 billion.',
			true
		],
		['keeps linear when they are close', 'It cost $5 billion, then $20 billion.', false],
		['keeps linear for a single bar', 'It cost $5 billion.', false]
	])('%s', (_, text, log) => {
		expect(logToggleAvailable(money(text))).toBe(log);
	});

	it('uses the log axis only when asked and only when offered', () => {
		const axis = (text: string, scale: Scale) =>
			(money(text, scale).config.options?.scales?.x as { type: string }).type;
		expect(axis('It cost $5 million, then $2 billion.', 'log')).toBe('logarithmic');
		expect(axis('It cost $5 billion, then $20 billion.', 'log')).toBe('linear');
	});

	it('names an amount it cannot convert in a note instead of drawing it', () => {
		const spec = money('The fund holds 500 million roubles and $2 billion.');
		expect(spec.rows.map((r) => r.stated)).toEqual(['$2 billion']);
		expect(spec.notes.join(' ')).toMatch(/“500 million roubles” is not charted: .*RUB/);
	});
});
