/**
 * Cached `Intl.NumberFormat` and `Intl.DateTimeFormat` instances, keyed by locale and options.
 *
 * Building an Intl formatter costs far more than using one, and a chart formats hundreds of labels per
 * draw, so each distinct (locale, options) pair is built once, as Chart.js's `helpers.intl` does.
 * The key is the locale plus the options serialised; callers pass option objects with a stable key
 * order (object literals), which is all a cache hit needs. Pure: no DOM, works in Node and browsers.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function getNumberFormat(locale: string, options: Intl.NumberFormatOptions = {}) {
	const key = locale + JSON.stringify(options);
	let format = numberFormats.get(key);
	if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
	return format;
}

export function getDateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}) {
	const key = locale + JSON.stringify(options);
	let format = dateFormats.get(key);
	if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
	return format;
}

/** How many formatters are cached; for tests that check formatting reuses instances. */
export function intlCacheSize(): number {
	return numberFormats.size + dateFormats.size;
}
