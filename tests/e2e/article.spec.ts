import { expect, gotoDashboard, test } from './fixtures';

// The default article's figures, as the extractor must find them (see tests/unit/figures).
const FIGURES = [
	'Dec 23, 2023',
	'2014',
	'3 trillion yen',
	'$20 billion',
	'$56 billion',
	'two percent',
	'2027',
	'hundreds of thousands of rounds'
];

test('the dashboard shows the default article with every figure highlighted and listed', async ({
	page
}) => {
	await gotoDashboard(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Patriot');
	await expect(page.locator('time[datetime="2023-12-23"]')).toHaveText('23 December 2023');

	const article = page.getByRole('region', { name: 'Article' });
	await expect(article).toContainText('TOKYO, Dec 23, 2023 (AFP) – Japan loosened arms export');
	const links = article.getByRole('link');
	await expect(links).toHaveText(FIGURES.slice().sort(byPosition(await article.innerText())));

	// The list is folded under its summary, charts first; a reader opens it.
	await page.getByText('All figures in the article').click();
	const table = page.getByRole('table', { name: /Figures in the article/ });
	for (const exact of FIGURES) {
		await expect(table.getByRole('rowheader', { name: exact, exact: false })).toHaveCount(1);
	}
	const row = (exact: string) =>
		table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: exact }) });
	await expect(row('around 3 trillion yen')).toContainText('Money');
	await expect(row('two percent')).toContainText('2% of GDP');
});

test('following a figure in the list marks its sentence as current', async ({ page }) => {
	await gotoDashboard(page);
	await page.getByText('All figures in the article').click();
	const table = page.getByRole('table', { name: /Figures in the article/ });
	await table
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: '$56 billion' }) })
		.getByRole('link')
		.click();
	const current = page.locator('[aria-current="true"]');
	await expect(current).toHaveCount(1);
	await expect(current).toContainText('a record defence budget worth $56 billion');
});

function byPosition(text: string) {
	return (a: string, b: string) => text.indexOf(a) - text.indexOf(b);
}
