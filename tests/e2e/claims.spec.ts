import { expect, gotoDashboard, test } from './fixtures';

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
