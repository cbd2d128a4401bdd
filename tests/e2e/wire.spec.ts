// Stories in rupees, Australian dollars and Swiss francs, pasted at /new, chart every amount they
// state, converted to US dollars, each with the rate it used cited beside it.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const STORIES = [
	'pti-2024-02-01-india-defence-budget',
	'abc-2024-04-17-australia-defence-strategy',
	'swissinfo-2024-09-19-army-ceiling'
];

for (const name of STORIES) {
	test(`${name}: every amount is charted, converted and cited`, async ({ page }) => {
		const file = readFileSync(`tests/fixtures/wire/${name}.md`, 'utf8');
		const expected = JSON.parse(readFileSync(`tests/fixtures/wire/${name}.expected.json`, 'utf8'))
			.figures as { kind: string; exact: string; currency?: string }[];
		const amounts = expected.filter((f) => f.kind === 'money');
		expect(amounts.length).toBeGreaterThan(2);

		await page.goto('/new');
		await expect(page.locator('form[data-live]')).toBeAttached();
		await page.getByLabel('Article text').fill(file);
		await expect(page.getByLabel('Date')).not.toHaveValue('');
		await page.getByRole('button', { name: 'Show dashboard' }).click();
		const money = page.locator('#chart-money');
		await expect(money.locator('canvas')).toHaveAttribute('data-drawn', 'true');
		await expect(money.locator('.note')).toHaveCount(0);

		const summary = money.locator('details.table > summary');
		if ((await money.locator('details.table[open]').count()) === 0) await summary.click();
		const rows = money.locator('table.data tbody tr');
		// A pair stated in two currencies is one bar; every other amount is a bar of its own.
		await expect(rows).not.toHaveCount(0);
		const stated = (await rows.locator('td:nth-child(2)').allTextContents()).join(' | ');
		for (const a of amounts) expect(stated, a.exact).toContain(a.exact);
		const dollars = amounts.filter((a) => a.currency === 'USD').map((a) => a.exact);
		for (const row of await rows.all()) {
			const [said, rate] = [
				await row.locator('td').nth(0).textContent(),
				await row.locator('td').nth(2).textContent()
			];
			// US dollars need no rate; every other amount cites the fixing it was converted at. A
			// row's own amount comes before any partner in brackets, after any qualifier.
			const own = said!.trim().split(' (')[0]!;
			if (dollars.some((d) => own.endsWith(d))) expect(rate, own).toBe('No conversion');
			else
				expect(rate, JSON.stringify([own, dollars])).toMatch(
					/(ECB|Fed H\.10) rate of \d{1,2} \w{3,4} \d{4}, [\d.,]+ \w{3} per \w{3}/
				);
		}
		await expect(money.locator('figcaption')).toContainText('In US dollars');
	});
}
