/**
 * The code a newsroom pastes into its CMS to embed one chart: a responsive <iframe> of
 * `/embed/<slug>/<chart>` and a small script that sets the iframe's height from the messages the
 * embed page posts (`{ type: 'defence-figures:height', height }`), accepting them only from that
 * iframe and the chart's origin. Pure string building; the embed page posts, see EmbedFrame.svelte.
 */
export const HEIGHT_MESSAGE = 'defence-figures:height';

const attr = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function embedUrl(site: string, slug: string, chart: string): string {
	return `${site.replace(/\/+$/, '')}/embed/${encodeURIComponent(slug)}/${encodeURIComponent(chart)}`;
}

export function embedSnippet(site: string, slug: string, chart: string, title: string): string {
	const src = embedUrl(site, slug, chart);
	const iframe = `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="480" style="border:0;width:100%" loading="lazy" data-defence-figures></iframe>`;
	const script =
		'<script>(function(){window.addEventListener("message",function(e){' +
		`if(!e.data||e.data.type!=="${HEIGHT_MESSAGE}"||typeof e.data.height!=="number")return;` +
		'document.querySelectorAll("iframe[data-defence-figures]").forEach(function(f){' +
		'if(f.contentWindow===e.source&&new URL(f.src).origin===e.origin)' +
		'f.style.height=Math.ceil(e.data.height)+"px";});});})();</script>';
	return `${iframe}\n${script}`;
}
