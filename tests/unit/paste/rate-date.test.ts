import { describe, expect, it } from 'vitest';
import { convert } from '$lib/currency/convert';
import { CurrencyError } from '$lib/currency/errors';
import { seriesRange } from '$lib/currency/series';
import { rateDateFor } from '$lib/paste/rate-date';
import { loadRates } from '$lib/server/rates';

const table = loadRates();
// The ECB range: the table's own dates run on past it with Fed-only rows.
const { start: first, end: last } = seriesRange(table, 'EUR', 'USD', 'ECB');

describe('the day a pasted article is converted at', () => {
	it('is the article date inside the series, with no notice', () => {
		expect(rateDateFor(table, '2024-03-14')).toEqual({ on: '2024-03-14', notice: null });
	});

	it('is the first fixing before the series, which convert would otherwise refuse', () => {
		expect(() => convert(1, 'EUR', 'USD', '1998-05-01', table)).toThrow(CurrencyError);
		const r = rateDateFor(table, '1998-05-01');
		expect(r).toEqual({
			on: first,
			notice: `Rates for 1998-05-01 are not in the data (${first} to ${last}); using the nearest available, ${first}.`
		});
		expect(convert(1, 'EUR', 'USD', r.on, table).rateDate).toBe(first);
	});

	it('keeps a day after the series, where convert takes the last fixing, and says so', () => {
		const r = rateDateFor(table, '2030-01-01');
		expect(r.on).toBe('2030-01-01');
		expect(r.notice).toContain(`using the nearest available, ${last}.`);
		expect(convert(1, 'EUR', 'USD', r.on, table).rateDate).toBe(last);
	});

	it('explains an empty table instead of failing', () => {
		expect(rateDateFor({ dates: [], ecb: {} }, '2024-01-01').notice).toMatch(/No exchange rates/);
	});
});
