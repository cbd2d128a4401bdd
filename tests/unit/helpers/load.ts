import { articlePageData } from '$lib/server/page-data';
import { loadArticlesFrom } from '$lib/server/load-articles';

export function getArticleFrom(slug: string) {
	const article = loadArticlesFrom('data/articles').find((a) => a.slug === slug);
	if (!article) throw new Error(`no article ${slug}`);
	return articlePageData(article);
}
