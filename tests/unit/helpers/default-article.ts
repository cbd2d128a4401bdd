/** The default article as the build sees it: page data computed by the same server code. */
import { getArticleFrom } from './load';

export const DEFAULT_SLUG = 'afp-2023-12-23-japan-patriot-exports';
export const defaultPage = () => getArticleFrom(DEFAULT_SLUG);
