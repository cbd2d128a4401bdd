/**
 * Look-up tables without a prototype. A plain object literal answers `WORDS['constructor']` with a
 * function, so a word such as "constructor" or "toString" after a number would read as a currency;
 * these tables answer undefined for every key they do not hold. Pure.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
	return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
