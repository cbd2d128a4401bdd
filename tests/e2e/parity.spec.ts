// One pipeline: an article committed under data/articles and the same text pasted at /new show the
// same charts, data tables and notices.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, gotoDashboard, test } from './fixtures';

const SLUG = 'sample-2024-03-14-european-defence-budgets';
const FILE = readFileSync(`data/articles/${SLUG}.md`, 'utf8');

/** What a reader sees of the dashboard: each chart's caption, notes and table, and the notices. */
async function shown(page: Page) {
	const closed = page.locator('details.table:not([open]) > summary');
	while ((await closed.count()) > 0) await closed.first().click();
	const charts = await page.locator('figure.chart-card').evaluateAll((figures) =>
		figures.map((f) => ({
			id: f.id,
			caption: f.querySelector('figcaption')?.textContent?.trim(),
			notes: [...f.querySelectorAll('.note')].map((n) => n.textContent?.trim()),
			rows: [...f.querySelectorAll('table.data tr')].map((r) =>
				[...r.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim())
			)
		}))
	);
	const notices = await page
		.getByRole('status', { name: 'Notice' })
		.allTextContents()
		.then((t) => t.map((s) => s.replace(/\s+/g, ' ').trim()));
	const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
	return { charts, notices, ids };
}

test('a committed article and the same text pasted show the same dashboard', async ({ page }) => {
	await gotoDashboard(page, `/articles/${SLUG}`);
	await expect(page.locator('figure.chart-card canvas[data-drawn="true"]')).toHaveCount(2);
	const committed = await shown(page);

	await page.goto('/new');
	await expect(page.locator('form[data-live]')).toBeAttached();
	await page.getByLabel('Article text').fill(FILE);
	await expect(page.getByLabel('Date')).toHaveValue('2024-03-14');
	await page.getByRole('button', { name: 'Show dashboard' }).click();
	await expect(page.locator('figure.chart-card canvas[data-drawn="true"]')).toHaveCount(2);
	const pasted = await shown(page);

	expect(committed.charts.map((c) => c.id)).toEqual(['chart-money', 'chart-percent']);
	expect(committed.charts[0]!.rows.length).toBeGreaterThan(3);
	expect(pasted.charts).toEqual(committed.charts);
	expect(pasted.notices).toEqual(committed.notices);
	for (const { ids } of [committed, pasted]) {
		const fig = ids.filter((id) => id.startsWith('fig-'));
		expect(fig.length).toBeGreaterThan(5);
		expect(new Set(ids).size, 'every id on the page is unique').toBe(ids.length);
	}
});
