import { error } from '@sveltejs/kit';
import { articleIndex, laterPages } from '$lib/server/article-index';
import { indexPage, pageCount } from '$lib/view/article-index';

export const entries = laterPages;

export function load({ params }) {
	const n = Number(params.n);
	if (n > pageCount(articleIndex().length)) error(404, 'No such page of articles');
	return { index: indexPage(articleIndex(), n) };
}
