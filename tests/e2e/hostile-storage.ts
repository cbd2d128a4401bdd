/**
 * The storage cases of the hostile suite: a full quota, and a second tab saving and deleting. Each
 * runs after the suite has saved its "before" article, and leaves it to be looked for.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { HostileCase } from '../fixtures/hostile/cases';
import { expect } from './fixtures';
import { openForm, resetLongest } from './hostile-helpers';

const ARTICLE = 'BERLIN, Mar 5, 2024 (Fixture) – Spending rose 3% to €52 billion.';
const TITLE = 'Added during the storage case';

async function add(page: Page) {
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByLabel('Title').fill(TITLE);
	await resetLongest(page);
	await page.getByRole('button', { name: 'Show dashboard' }).click();
	await expect(page.locator('canvas[data-drawn="true"]').first()).toBeAttached();
	await page.getByRole('button', { name: 'Add or open another article' }).click();
}

const item = (page: Page, title: string) =>
	page
		.getByRole('list', { name: 'Saved articles' })
		.getByRole('listitem')
		.filter({ hasText: title });

async function quota(page: Page, c: HostileCase) {
	await page.addInitScript(() => {
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await openForm(page);
	await add(page);
	await expect(page.getByRole('alert')).toContainText(c.expect.alert!);
	await expect(item(page, TITLE)).toHaveCount(0);
}

async function twoTabs(page: Page, context: BrowserContext) {
	const other = await context.newPage();
	const problems: string[] = [];
	other.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
	other.on('pageerror', (e) => problems.push(e.message));
	await openForm(other);
	await openForm(page);
	await add(page);
	await expect(item(other, TITLE)).toHaveCount(1);
	await item(page, TITLE).getByRole('button', { name: 'Delete' }).click();
	await expect(item(other, TITLE)).toHaveCount(0);
	await other.close();
	expect(problems, 'errors in the other tab').toEqual([]);
}

export async function runStorage(page: Page, context: BrowserContext, c: HostileCase) {
	if (c.input.scenario === 'quota') return quota(page, c);
	if (c.input.scenario === 'two-tabs') return twoTabs(page, context);
	throw new Error(`${c.id}: unknown storage scenario ${c.input.scenario}`);
}
