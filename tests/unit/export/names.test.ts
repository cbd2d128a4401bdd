import { describe, expect, it } from 'vitest';
import { articlePageUrl, exportFileName, figureLink } from '$lib/export/names';

describe('export names', () => {
	it.each([
		['money', 'JPY', 'png', 'a-b-money-JPY.png'],
		['percent', 'usd', 'svg', 'a-b-percent-USD.svg'],
		['timeline', 'EUR', 'csv', 'a-b-timeline-EUR.csv']
	] as const)('names %s in %s as .%s', (chart, cur, ext, name) =>
		expect(exportFileName('a-b', chart, cur, ext)).toBe(name)
	);
	it('builds page and figure links without double slashes', () => {
		const page = articlePageUrl('https://x.test/', 'slug');
		expect(page).toBe('https://x.test/articles/slug');
		expect(figureLink(page, 'year-2027')).toBe('https://x.test/articles/slug#fig-year-2027');
	});
});
