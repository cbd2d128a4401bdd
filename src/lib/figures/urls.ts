/**
 * Web addresses inside article text, whose digits are never figures ("https://x.com/a/2023/12/story-123",
 * "example.org/report?id=2872", a percent-encoded "%2872").
 *
 * In: one whitespace-delimited chunk of text. Out: whether it reads as a URL. Hand-written scans
 * rather than regular expressions with nested repeats, so a 100 KB chunk of "a.a.a…" stays linear.
 * Pure.
 */

const SCHEME = /^[("'<[]*(?:https?:\/\/|ftp:\/\/|www\.)/i;
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;
const QUERY_MARK = /[/=?&]/;

const isDomainChar = (c: number) =>
	(c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46;

/** "x.com/…": a dotted host name ending in a letter top-level domain, then a slash. */
function hostThenPath(chunk: string): boolean {
	let start = 0;
	while (start < chunk.length && '("\'<['.includes(chunk.charAt(start))) start++;
	const slash = chunk.indexOf('/', start);
	if (slash <= start || slash === chunk.length - 1) return false;
	let lastDot = -1;
	for (let k = start; k < slash; k++) {
		const c = chunk.charCodeAt(k);
		if (!isDomainChar(c)) return false;
		if (c === 46) lastDot = k;
	}
	const tld = chunk.slice(lastDot + 1, slash);
	return lastDot > start && tld.length >= 2 && /^[a-z]+$/i.test(tld);
}

export function isUrlChunk(chunk: string): boolean {
	if (chunk.length < 4) return false;
	if (SCHEME.test(chunk) || hostThenPath(chunk)) return true;
	return PERCENT_ESCAPE.test(chunk) && QUERY_MARK.test(chunk);
}
