/**
 * The HTTP headers every response of the built site should carry, and the paths that differ. Pure:
 * a path in, a header map out. The preview server, the bench's static server and README > Deploying
 * read this one definition, so what is tested is what a host is told to send.
 *
 * The CSP itself ships in each page's <meta> tag (kit.csp), but a meta tag cannot carry
 * `frame-ancestors`, so framing is refused here, twice: CSP for current browsers, X-Frame-Options
 * for old ones.
 */

export const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'X-Frame-Options': 'DENY',
	'Content-Security-Policy': "frame-ancestors 'none'",
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin'
} as const;

type HeaderName = keyof typeof SECURITY_HEADERS;
/** A header's value on these paths, or null to leave it out. */
type Override = Partial<Record<HeaderName, string | null>>;

/**
 * Chart embeds (`/embed/<slug>/<chart>`, DESIGN.md contract 5) are made to be framed by any site,
 * including one that isolates itself with COEP, which needs a cross-origin CORP on the frame.
 */
const FRAMEABLE: Override = {
	'X-Frame-Options': null,
	'Content-Security-Policy': 'frame-ancestors *',
	'Cross-Origin-Resource-Policy': 'cross-origin'
};

/** Path prefixes (below the site's base path) whose headers differ; first match wins. */
export const PATH_EXCEPTIONS: readonly (readonly [prefix: string, override: Override])[] = [
	['/embed/', FRAMEABLE]
];

/**
 * A URL path decoded and with its dot segments resolved, or null if it does not decode. Headers
 * and files are both chosen from this one form: `/embed/..%2Fnew` is `/new`, and gets /new's headers.
 */
export function resolvedPath(rawPath: string): string | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(rawPath);
	} catch {
		return null;
	}
	const out: string[] = [];
	for (const segment of decoded.split('/')) {
		if (segment === '..') out.pop();
		else if (segment !== '.' && segment !== '') out.push(segment);
	}
	const trailing = decoded.endsWith('/') && out.length > 0 ? '/' : '';
	return `/${out.join('/')}${trailing}`;
}

/**
 * The headers for a request path below the site's base path ("/new", "/embed/a/money"), raw or
 * resolved. A path that does not decode gets the defaults.
 */
export function securityHeaders(rawPath: string): Record<string, string> {
	const headers: Record<string, string> = { ...SECURITY_HEADERS };
	const path = resolvedPath(rawPath) ?? '/';
	const rule = PATH_EXCEPTIONS.find(([prefix]) => path.startsWith(prefix));
	for (const [name, value] of Object.entries(rule?.[1] ?? {})) {
		if (value === null) delete headers[name];
		else headers[name] = value;
	}
	return headers;
}
