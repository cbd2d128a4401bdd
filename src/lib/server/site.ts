/**
 * Where the built site will be served, for the links written into files others keep: `og:image`
 * (which must be absolute), sentence links in published CSVs. From `SITE_URL` at build time, e.g.
 * `SITE_URL=https://figures.example.org npm run build`; without it links are root-relative, which
 * browsers and most crawlers resolve, and README > Deploying says to set it. A value that is not an
 * http(s) URL fails the build rather than be written into every page.
 */
export function siteUrl(value = process.env.SITE_URL ?? ''): string {
	if (value === '') return '';
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`SITE_URL must be an http or https URL, not "${value.slice(0, 80)}"`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new Error(`SITE_URL must be an http or https URL, not "${value.slice(0, 80)}"`);
	}
	return value.replace(/\/+$/, '');
}
