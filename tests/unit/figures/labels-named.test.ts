import { describe, expect, it } from 'vitest';
import { figures } from './helpers';

/** [behaviour, sentence, exact, label] — labels that name what is measured (issue 12). */
describe('labels name what is measured', () => {
	it.each([
		['gives each list item its own "for …" phrase, not the previous one', 'The plan sets aside 85.5 billion yen for missile defence, 38.2 billion yen for two Aegis upgrades, 21.3 billion yen for submarines.', '38.2 billion yen', 'two Aegis upgrades'],
		['gives the last list item its own phrase too', 'The plan sets aside 85.5 billion yen for missile defence, 38.2 billion yen for two Aegis upgrades, 21.3 billion yen for submarines.', '21.3 billion yen', 'submarines'],
		['names a share by its subject and base', "The UK's aid budget will stay at 0.5% of national income.", '0.5%', "UK's aid budget (share of national income)"],
		['walks over "is forecast to reach"', 'Defence spending is forecast to reach 2.4 per cent of GDP.', '2.4 per cent', 'Defence spending (share of GDP)'],
		['takes the noun right after an amount', 'A first $1 billion shipment of weapons left.', '$1 billion', 'shipment of weapons'],
		['reads where an amount goes after a verb chain', 'Mr Marles said $1.7 billion would be spent on long-range strike missiles.', '$1.7 billion', 'long-range strike missiles'],
		['reads what an amount pays for', 'Most of the money, R$98 billion, pays salaries and pensions.', 'R$98 billion', 'salaries'],
		['keeps a bracketed short name with its phrase', 'The Defense Ministry (Sedena) would receive 259.4 billion Mexican pesos.', '259.4 billion Mexican pesos', 'Defense Ministry (Sedena)'],
		['steps over a relative clause to the subject', 'The National Guard, which passed to army control this month, gets a further MXN 73 billion.', 'MXN 73 billion', 'National Guard'],
		['keeps "X of Y" names whole', 'It set aside R$133 billion for the Ministry of Defence.', 'R$133 billion', 'Ministry of Defence'],
		['says what a change is measured from', 'It is an increase of 6.2 per cent over the previous allocation.', '6.2 per cent', 'increase over previous allocation'],
		['gives a restated figure after "after" its subject', 'Prices rose 1.5% in May, after -0.3% in April.', '-0.3%', 'Prices'],
		['never calls a figure by a comparative after it', 'Growth was 0.2 percentage points lower in May.', '0.2 percentage points', 'Growth'],
		['names who spent, never the verb "spent"', 'The country spent $3 billion.', '$3 billion', 'country'],
		['adds the period the sentence gives', 'UK defence spending in 2023/24 stood at £54.2bn.', '£54.2bn', 'UK defence spending, 2023/24'],
		['gives a year the label of the amount it dates', 'The ministry got RM5 billion in 2025.', '2025', 'ministry'],
		['never inherits "dateline" from a dateline date', 'KUALA LUMPUR, Oct 13 (Bernama) -- The ministry got RM5 billion on Oct 13.', 'Oct 13', 'dateline'],
		['calls a bracketed-agency dateline a dateline', 'Taipei, Aug. 22 (CNA) The Cabinet proposed NT$647 billion.', 'Aug. 22', 'dateline']
	])('%s', (_name, text, exact, label) => {
		expect(figures(text, { published: '2024-08-22' }).find((f) => f.exact === exact)?.label).toBe(label);
	});

	it.each([
		['a verb phrase', 'And let me spell that out, that is $5 billion.'],
		['a vague noun ("haul")', 'It was a record haul of $2 billion.'],
		['a vague subject ("total")', 'The total, A$1.2 billion, was approved after it was spent.']
	])('says the amount is not named rather than quote %s', (_name, text) => {
		expect(figures(text).map((f) => f.label)).toEqual(['amount (not named)']);
	});

	it('labels the second date of a sentence by what it dates, not as the dateline', () => {
		const out = figures('KUALA LUMPUR, Oct 13 (Bernama) -- The ministry got RM5 billion on Oct 13.');
		expect(out.map((f) => f.label)).toEqual(['dateline', 'ministry', 'ministry']);
	});
}); // prettier-ignore
