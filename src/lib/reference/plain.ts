/**
 * Reference bookkeeping in words a reader uses: the precision codes and verification statuses of
 * `data/reference/` ("USD 0.1bn", "verified (secondary, rounded)") as plain notes ("rounded to
 * $0.1 billion", "verified from a secondary source, rounded"), and a source's free text as a named
 * link. The files keep their codes; CSV and README exports keep them whole. Pure.
 */

/** "USD million exact (67,571)" → "exact to the million dollars"; an unknown code as it is. */
export function plainPrecision(code: string): string {
	if (/^USD million exact\b/.test(code)) return 'exact to the million dollars';
	const rounded = /^USD (\d+(?:\.\d+)?)bn\b/.exec(code);
	if (rounded) return `rounded to $${rounded[1]} billion`;
	return code;
}

const VERIFICATION: Record<string, string> = {
	verified: 'verified from the publisher',
	'verified (rounded)': 'verified, rounded',
	'verified (secondary)': 'verified from a secondary source',
	'verified (secondary, rounded)': 'verified from a secondary source, rounded',
	'verified (secondary copy)': 'verified from a copy of the publisher’s data',
	'verified (news)': 'verified from news reports',
	'verified (news quoting MOD)': 'verified from news quoting the Ministry of Defense',
	'verified (derived from primary yoy deltas)': 'derived from the publisher’s year-on-year changes',
	'secondary source only': 'from a secondary source only, not verified',
	derived: 'derived, not published as such'
};

/** A verification status as a reader would say it; an unknown one as the file states it. */
export function plainVerification(status: string): string {
	return VERIFICATION[status] ?? status;
}

export interface Citation {
	/** The source's own words, without addresses: publisher, title, date. */
	name: string;
	/** Its first http(s) address, or null. */
	url: string | null;
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s,;)]+/g;

/** "Providence Business News 2024-01-24 https://pbn.com/…" → that name, linked to that address. */
export function citation(source: string): Citation {
	const url = source.match(URL_IN_TEXT)?.[0]?.replace(/[.:]+$/, '') ?? null;
	const name = source
		.replace(URL_IN_TEXT, '')
		.replace(/\(\s*\)|\bvia\s*(?=[;,]|$)/g, '')
		.replace(/\s*[;,]\s*(?=[;,]|$)/g, '')
		.replace(/\s{2,}/g, ' ')
		.trim()
		.replace(/[;,:]$/, '');
	return { name: name || (url ? new URL(url).hostname : source), url };
}
