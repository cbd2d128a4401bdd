import { articleIndex } from '$lib/server/article-index';
import { indexPage } from '$lib/view/article-index';

export function load() {
	return { index: indexPage(articleIndex(), 1) };
}
