// Shared by the currency tests: the real rate table and a way to capture a thrown typed error.
import { CurrencyError, RateFileError } from '$lib/currency/errors';
import { loadRates } from '$lib/server/rates';

export const table = loadRates();

/** Runs `fn` and returns the CurrencyError or RateFileError it throws; fails if it returns. */
export function thrown(fn: () => unknown): CurrencyError | RateFileError {
	try {
		fn();
	} catch (e) {
		if (e instanceof CurrencyError || e instanceof RateFileError) return e;
		throw e;
	}
	throw new Error('expected a CurrencyError or RateFileError');
}

/** |actual − expected| ≤ tolerance × |expected| */
export function relErr(actual: number, expected: number): number {
	return Math.abs(actual - expected) / Math.abs(expected);
}
