import { describe, expect, it } from 'vitest';
import { figures } from './helpers';

describe('not figures', () => {
	it.each([
		['a hyphenated designation', 'Japan makes the PAC-3 missile.'],
		['a glued designation', 'Japan makes the PAC3 missile.'],
		['the "-3" in "Capability-3"', 'The Patriot Advanced Capability-3 (PAC3) system.'],
		['a fighter designation', 'Japan flies the F-35A jet.'],
		['a Korean jet designation', 'Seoul builds the KF-21 jet.'],
		['a tank designation', 'Poland buys K2 tanks.'],
		['a group name', 'The G7 leaders met.'],
		['a treaty article', 'They invoked Article 5 of the treaty.'],
		['a war name in Roman numerals', 'The first since World War II ended.'],
		['a war name in words', 'The first since World War Two ended.'],
		['a numbered name', 'The Boeing 747 jets flew.'],
		['an abbreviated number', 'He was No. 2 in the party.'],
		['a disease name', 'Spending fell during COVID-19 lockdowns.'],
		['an ordinal', 'It was the 1,000th day of the war.'],
		['a short ordinal', 'It was his 2nd visit.'],
		['a clock time', 'They met at 10:30 on Friday.'],
		['a clock time with p.m.', 'They met at 3 p.m. on Friday.'],
		['a glued clock time', 'They met at 3pm on Friday.'],
		['an international phone number', 'Call +81 3 1234 5678 for details.'],
		['a local phone number', 'Call 555-1234 for details.'],
		['a phone number with an area code', 'Call (03) 1234 5678 for details.'],
		['a decade', 'The 1990s were calm.'],
		['a calibre', 'It fired 155mm shells.'],
		['a compound adjective', 'It signed a 10-year deal.'],
		['a version number', 'It runs version 1.2.3 of the code.'],
		['a hashtag number', 'It ranked #1 in sales.'],
		['a hyphenated place name', 'Peace in the Indo-Pacific region matters.']
	])('ignores %s', (_name, text) => {
		expect(figures(text).map((f) => f.exact)).toEqual([]);
	});

	it('still reads the figures around a designation', () => {
		const out = figures('Japan will sell 14 PAC-3 missiles for $2 billion in 2024.');
		expect(out.map((f) => [f.kind, f.exact])).toEqual([
			['quantity', '14 PAC-3 missiles'],
			['money', '$2 billion'],
			['year', '2024']
		]);
	});
});
