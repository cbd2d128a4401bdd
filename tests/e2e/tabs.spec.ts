// The saved-articles list across tabs of one browser: saves and deletes reach the other tabs, a
// stale entry does not open, a tab steps aside when another upgrades the database, and a tab kept
// waiting by an older one says so instead of "None yet".
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ARTICLE = readFileSync('data/articles/sample-2024-03-14-european-defence-budgets.md', 'utf8');
const TITLE = 'European allies raise';

async function openForm(page: Page) {
	await page.goto('/new');
	await expect(page.locator('form[data-live]')).toBeAttached();
}

async function save(page: Page) {
	await openForm(page);
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByRole('button', { name: 'Show dashboard' }).click();
	await expect(page.locator('canvas[data-drawn="true"]').first()).toBeAttached();
	await page.getByRole('button', { name: 'Add or open another article' }).click();
}

/** A second tab with the same checks as `page`: no CSP violation, console or page error. */
async function secondTab(context: BrowserContext): Promise<{ tab: Page; problems: string[] }> {
	const tab = await context.newPage();
	const problems: string[] = [];
	tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
	tab.on('pageerror', (e) => problems.push(e.message));
	return { tab, problems };
}

const savedItem = (page: Page) =>
	page
		.getByRole('list', { name: 'Saved articles' })
		.getByRole('listitem')
		.filter({ hasText: TITLE });

test('a save or a delete in one tab refreshes the list in the other', async ({ page, context }) => {
	const { tab, problems } = await secondTab(context);
	await openForm(tab);
	await expect(tab.getByText('None yet.')).toBeVisible();

	await save(page);
	await expect(savedItem(tab)).toHaveCount(1);

	await savedItem(page).getByRole('button', { name: 'Delete' }).click();
	await expect(tab.getByText('None yet.')).toBeVisible();
	expect(problems).toEqual([]);
});

test('an article deleted in another tab does not open, and the reader is told', async ({
	page,
	context
}) => {
	await save(page);
	// A tab that hears nothing from the others (no BroadcastChannel): its list goes stale.
	const { tab, problems } = await secondTab(context);
	await tab.addInitScript(() =>
		Object.defineProperty(window, 'BroadcastChannel', { value: undefined })
	);
	await openForm(tab);
	await expect(savedItem(tab)).toHaveCount(1);

	await savedItem(page).getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByText('None yet.')).toBeVisible();
	await savedItem(tab).getByRole('button', { name: 'Open' }).click();
	await expect(tab.getByRole('alert')).toHaveText(
		'“European allies raise defence budgets as UK pledges more” is no longer saved in this browser: it was deleted, perhaps in another tab.'
	);
	await expect(tab.getByText('None yet.')).toBeVisible();
	await expect(tab.locator('figure.chart-card')).toHaveCount(0);
	expect(problems).toEqual([]);
});

test('an upgrade in another tab closes this tab’s database, and the reader is told', async ({
	page,
	context
}) => {
	await save(page);
	const { tab } = await secondTab(context);
	await tab.goto('/robots.txt');
	// A newer version of the site: it opens version 2 and gets it only once this page lets go.
	const upgraded = await tab.evaluate(
		() =>
			new Promise<number>((ok, fail) => {
				const req = indexedDB.open('defence-figures', 2);
				req.onsuccess = () => ok(req.result.version);
				req.onerror = () => fail(req.error);
			})
	);
	expect(upgraded).toBe(2);
	await expect(page.getByRole('alert')).toContainText(
		'The saved articles were upgraded by a newer version of this site in another tab. Reload this page'
	);
	await expect(page.getByText('None yet.')).toHaveCount(0);
});

test('a tab kept waiting by an older tab says so, then lists once it lets go', async ({
	page,
	context
}) => {
	await save(page);
	// The older tab: a page of this site holding version 1 open, with no versionchange handler.
	const { tab: older } = await secondTab(context);
	await older.goto('/robots.txt');
	await older.evaluate(
		() =>
			new Promise<void>((ok) => {
				const req = indexedDB.open('defence-figures', 1);
				req.onsuccess = () => ((window as { held?: IDBDatabase }).held = req.result) && ok();
			})
	);
	await page.close();
	// The newer tab asks for version 2.
	const { tab: newer, problems } = await secondTab(context);
	await newer.addInitScript(() => {
		const open = IDBFactory.prototype.open;
		IDBFactory.prototype.open = function (name: string, version?: number) {
			return open.call(this, name, name === 'defence-figures' ? 2 : version);
		};
	});
	await openForm(newer);
	await expect(newer.getByRole('status')).toContainText('Waiting for another tab of this site');
	await expect(newer.getByText('None yet.')).toHaveCount(0);

	await older.evaluate(() => (window as { held?: IDBDatabase }).held?.close());
	await expect(savedItem(newer)).toHaveCount(1);
	expect(problems).toEqual([]);
});
