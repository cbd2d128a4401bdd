/**
 * Saves a pasted article as its `data/articles` file, through an <a download> with an object URL:
 * no data: URL, no navigation, nothing the CSP refuses.
 */
import { slugFor, toArticleFile, type PastedArticle } from './article-file';

export function downloadArticle(article: PastedArticle): void {
	const blob = new Blob([toArticleFile(article)], { type: 'text/markdown;charset=utf-8' });
	const url = URL.createObjectURL(blob);
	const a = Object.assign(document.createElement('a'), {
		href: url,
		download: `${slugFor(article.meta.title)}.md`
	});
	a.click();
	// Revoke after the click has been handled, or some browsers cancel the download.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
