import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, type CurrencyCode } from '$lib/currency/codes';
import { convert } from '$lib/currency/convert';
import { CurrencyError } from '$lib/currency/errors';
import { rateDayFor } from '$lib/currency/rate-day';
import { RATE_SOURCES, type RateSource } from '$lib/currency/sources';
import type { RateTable } from '$lib/currency/table';
import { rateYearFor, rateYears, yearTable } from '$lib/currency/years';
import { table } from './helpers';

function outcome(t: RateTable, from: CurrencyCode, to: CurrencyCode, on: string, s?: RateSource) {
	try {
		return convert(1e9, from, to, on, t, s);
	} catch (e) {
		if (e instanceof CurrencyError) return e.message;
		throw e;
	}
}

const files = new Map<string, RateTable>();
const fileFor = (on: string) => {
	const year = rateYearFor(table, on);
	if (!files.has(year)) files.set(year, JSON.parse(JSON.stringify(yearTable(table, year))));
	return files.get(year)!;
};

describe('one rate file per year', () => {
	it('covers every year of the data, 1999 to 2025', () => {
		expect(rateYears(table)).toEqual(Array.from({ length: 27 }, (_, i) => String(1999 + i)));
	});

	it.each([
		['2023-12-23', '2023'],
		['1990-05-01', '1999'],
		['2030-01-01', '2025']
	])('takes the file of %s from %s', (date, year) => {
		expect(rateYearFor(table, date)).toBe(year);
	});

	it('gives convert() and rateDayFor() the answers of the full table for any day in its year', () => {
		const day = fc
			.integer({ min: Date.UTC(1997, 0, 1) / 864e5, max: Date.UTC(2027, 0, 1) / 864e5 })
			.map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
		const currency = fc.constantFrom(...CURRENCY_CODES);
		fc.assert(
			fc.property(
				day,
				currency,
				currency,
				fc.constantFrom(undefined, ...RATE_SOURCES),
				(on, a, b, s) => {
					const file = fileFor(on);
					expect(outcome(file, a, b, on, s)).toEqual(outcome(table, a, b, on, s));
					expect(rateDayFor(file, [a, b], on)).toEqual(rateDayFor(table, [a, b], on));
				}
			),
			{ numRuns: 400 }
		);
	});

	it("keeps 1 January holidays on the previous year's last fixing", () => {
		expect(convert(1, 'USD', 'JPY', '2024-01-01', fileFor('2024-01-01')).rateDate).toBe(
			'2023-12-29'
		);
	});

	it('is far smaller than the whole series', () => {
		const whole = JSON.stringify(table).length;
		const year = JSON.stringify(yearTable(table, '2023')).length;
		expect(year).toBeLessThan(whole / 20);
	});
});
