// Every page is prerendered to plain files: the site can be served from any static host or CDN.
export const prerender = true;
export const trailingSlash = 'never';
