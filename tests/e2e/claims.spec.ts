import { readFileSync } from 'node:fs';
import { expect, gotoDashboard, inkedPixels, openTable, test } from './fixtures';

test('the claims panel lists the four claims with their verdicts', async ({ page }) => {
	await gotoDashboard(page);
	const claims = page.getByRole('region', { name: 'Claims' });
	const items = claims.getByRole('listitem').filter({ has: page.getByRole('button') });
	await expect(items).toHaveCount(4);
	for (const quote of [
		'a record defence budget worth $56 billion',
		'around 3 trillion yen ($20 billion)',
		'less than some individual US defence contractors’ yearly revenues',
		'two percent of GDP by 2027'
	]) {
		await expect(
			claims.getByRole('button', { name: new RegExp(`Consistent.*${escape(quote)}`) })
		).toBeVisible();
	}
	await expect(claims).toContainText('$55.94 billion');
});

test('clicking a claim highlights its sentence', async ({ page }) => {
	await gotoDashboard(page);
	const claims = page.getByRole('region', { name: 'Claims' });
	await claims.getByRole('button', { name: /contractors/ }).click();
	await expect(
		page.getByRole('region', { name: 'Article' }).locator('[aria-current="true"]')
	).toContainText('less than some individual US defence contractors’ yearly revenues');
});

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('the budget chart annotates FY2024 and links it to the article’s sentence', async ({
	page
}) => {
	await gotoDashboard(page);
	const budget = page.locator('#chart-budget');
	expect(await inkedPixels(budget.locator('canvas'))).toBeGreaterThan(500);
	await openTable(budget);
	const fy2024 = budget
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: /FY2024/ }) });
	await expect(fy2024).toContainText('article: $56 billion');
	await fy2024.getByRole('link', { name: /^Sentence/ }).click();
	await expect(page.locator('[aria-current="true"]')).toContainText(
		'a record defence budget worth $56 billion'
	);
});

test('the exported budget chart’s footer cites the MOD and MOF sources', async ({ page }) => {
	await gotoDashboard(page);
	const budget = page.locator('#chart-budget');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		budget.getByRole('button', { name: 'Download SVG' }).click()
	]);
	const svg = readFileSync((await download.path())!, 'utf8');
	expect(svg).toContain('Ministry of Defense (MOD)');
	expect(svg).toContain('Ministry of Finance (MOF)');
	expect(svg).toContain('FY2026');
});
