/**
 * Checks shared by the dashboard fuzz tests: a money row's `shown` text says its `value` in its
 * currency, and every money figure is either charted or named in a chart note. Test-only.
 */
import { expect } from 'vitest';
import { moneyBars } from '$lib/charts/money';
import type { ChartSpec } from '$lib/charts/spec';
import { CURRENCY_CODES, type CurrencyCode } from '$lib/currency/codes';
import { formatMoney } from '$lib/currency/format';
import type { DashboardView } from '$lib/view/dashboard';

// The symbol each currency is shown with ("$", "CHF "), read off the formatter itself.
const SYMBOL = Object.fromEntries(
	CURRENCY_CODES.map((c) => [c, formatMoney(1, c).slice(0, -1)])
) as Record<CurrencyCode, string>;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** "$21 billion" → 21e9; the symbol must be the currency's. Null when the text is no amount. */
export function readShown(shown: string, currency: CurrencyCode): number | null {
	if (!shown.startsWith(SYMBOL[currency])) return null;
	const m = /^([\d,]+(?:\.\d+)?)(?:\s(thousand|million|billion|trillion))?$/.exec(
		shown.slice(SYMBOL[currency].length)
	);
	if (!m) return null;
	return Number(m[1]!.replace(/,/g, '')) * (m[2] ? SCALE[m[2]]! : 1);
}

/** Every number a chart's datasets carry, however nested ({x, y} points, [from, to] bars). */
function numbersIn(data: unknown): number[] {
	if (typeof data === 'number') return [data];
	if (Array.isArray(data)) return data.flatMap(numbersIn);
	if (data && typeof data === 'object') return Object.values(data).flatMap(numbersIn);
	return [];
}

export function expectHonestCharts(view: DashboardView, currency: CurrencyCode): void {
	for (const chart of view.charts) {
		for (const row of chart.rows) expect(Number.isFinite(row.value)).toBe(true);
		for (const d of chart.config.data.datasets) {
			for (const n of numbersIn(d.data)) expect(Number.isFinite(n)).toBe(true);
		}
	}
	const money = view.charts.find((c) => c.id === 'money');
	const bars = moneyBars(view.figures);
	if (bars.length === 0) return;
	expect(money).toBeDefined();
	for (const { bar } of bars) {
		const row = money!.rows.find((r) => r.figureId === bar.id);
		if (!row) {
			expect(money!.notes.some((n) => n.includes(`“${bar.exact}”`))).toBe(true);
			continue;
		}
		expectShownIsValue(row, currency);
	}
}

/** Shown digits are rounded to 2–3 significant digits: within 5% of the value charted. */
export function expectShownIsValue(row: ChartSpec['rows'][number], currency: CurrencyCode): void {
	const read = readShown(row.shown, currency);
	expect(read, `${row.shown} is not an amount in ${currency}`).not.toBeNull();
	expect(Math.abs(read! - row.value)).toBeLessThanOrEqual(Math.abs(row.value) * 0.05 + 0.5);
}
