/**
 * Edit mode, through the accessible names a screen-reader user has: "Edit chart", "Chart title",
 * "Chart subtitle", "Label of figure n", "Show figure n", "Value of figure n", "Done", "Reset
 * edits", Ctrl+Z and Ctrl+Shift+Z. Edits reach the chart, its table, its exports and the link, and
 * survive a reload; a pasted article keeps them with its text.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { buildProject, copyProject } from '../build/project-copy';
import { expect, gotoDashboard, openTable, test } from './fixtures';

const SLUG = 'afp-2023-12-23-japan-patriot-exports';

const INDUSTRY = "Japan's defence industry, annual market";

async function download(page: Page, button: Locator): Promise<string> {
	const [file]: [Download, void] = await Promise.all([
		page.waitForEvent('download'),
		button.click()
	]);
	return readFileSync((await file.path())!, 'utf8');
}

async function openEditor(card: Locator): Promise<Locator> {
	await card.getByRole('button', { name: 'Edit chart' }).click();
	return card.getByRole('region', { name: /^Edit chart/ });
}

/** Every edit the money chart offers, made through the editor. */
async function editMoney(page: Page): Promise<Locator> {
	const card = page.locator('#chart-money');
	const editor = await openEditor(card);
	await editor.getByLabel('Chart title').fill('What Japan spends on defence');
	await editor.getByLabel('Chart subtitle').fill('Edited by the desk');
	await editor.getByLabel('Label of figure 2').fill('Budget <b>FY2024</b>');
	await editor.getByLabel('Show figure 1').uncheck();
	const value = editor.getByLabel('Value of figure 2');
	await value.fill('fifty-six');
	await value.press('Tab');
	await expect(editor.getByRole('alert')).toContainText('“fifty-six” is not a number');
	await expect(value).toHaveAttribute('aria-invalid', 'true');
	await value.fill('60 billion');
	await value.press('Tab');
	await expect(editor.getByRole('alert')).toHaveCount(0);
	await editor.getByRole('button', { name: 'Done' }).click();
	return card;
}

async function expectMoneyEdited(card: Locator) {
	await expect(card.locator('figcaption .title')).toHaveText('What Japan spends on defence');
	await expect(card.locator('figcaption .subtitle')).toHaveText('Edited by the desk');
	await expect(card.locator('canvas')).toHaveAttribute('data-drawn', 'true');
	await expect(card.locator('.note.correction')).toContainText(
		'Corrected: the article says “$56 billion”; corrected to $60 billion.'
	);
	await openTable(card);
	const rows = card.locator('table.data tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0).locator('th')).toContainText('Budget <b>FY2024</b>');
	// HTML in a label is text: no element was made from it.
	await expect(card.locator('table.data b')).toHaveCount(0);
	await expect(rows.nth(0)).toContainText('corrected');
	await expect(rows.nth(1).locator('th')).toContainText(INDUSTRY);
	await expect(rows.nth(1)).toContainText('Hidden');
}

test('every edit reaches the chart, its table, its exports and the link, and survives a reload', async ({
	page,
	browser
}) => {
	await gotoDashboard(page, '/');
	await expect(page.getByRole('button', { name: 'Reset edits' })).toBeDisabled();
	const card = await editMoney(page);
	await expectMoneyEdited(card);

	const svg = await download(page, card.getByRole('button', { name: 'Download SVG' }));
	expect(svg).toContain('What Japan spends on defence');
	expect(svg).toContain('Corrected: the article says “$56 billion”; corrected to $60 billion.');
	expect(svg).toContain('Budget &lt;b&gt;FY2024&lt;/b&gt;');
	expect(svg).not.toContain(INDUSTRY);
	// The bar is labelled with the value it is drawn at, never the article's old number.
	expect(svg).toContain('$60 billion, corrected');

	const csv = await download(page, card.getByRole('button', { name: 'Download CSV' }));
	const lines = csv.split('\r\n');
	expect(lines[0]).toMatch(/,Check,Edit$/);
	const budget = lines.find((l) => l.includes('Budget <b>FY2024</b>'))!;
	expect(budget).toContain(',60000000000,');
	expect(budget).toMatch(/Corrected: the article says “\$56 billion”"?$/);
	expect(lines.find((l) => l.includes(INDUSTRY))).toMatch(/Hidden from the chart$/);

	await page.reload();
	await expect(page.locator('canvas[data-drawn="true"]').first()).toBeAttached();
	await expectMoneyEdited(page.locator('#chart-money'));

	// The link alone carries the edits to a reader with none saved.
	const link = page.url();
	expect(link).toContain('edits=');
	const other = await browser.newPage();
	await other.goto(link);
	await expect(other.locator('#chart-money figcaption .title')).toHaveText(
		'What Japan spends on defence'
	);
	await other.close();
});

test('undo, redo and "Reset edits" step through the edits, and the reset is kept', async ({
	page
}) => {
	await gotoDashboard(page, '/');
	const card = page.locator('#chart-percent');
	const title = card.locator('figcaption .title');
	const automatic = (await title.textContent())!;
	const editor = await openEditor(card);
	await editor.getByLabel('Chart title').fill('Defence as a share of GDP');
	await editor.getByLabel('Label of figure 3').fill('The 2% goal');
	await editor.getByRole('button', { name: 'Done' }).click();
	await expect(title).toHaveText('Defence as a share of GDP');

	await page.keyboard.press('Control+z');
	await openTable(card);
	await expect(card.locator('table.data')).not.toContainText('The 2% goal');
	await expect(title).toHaveText('Defence as a share of GDP');
	await page.keyboard.press('Control+z');
	await expect(title).toHaveText(automatic);
	await page.keyboard.press('Control+Shift+z');
	await expect(title).toHaveText('Defence as a share of GDP');
	await page.getByRole('button', { name: 'Redo edit' }).click();
	await expect(card.locator('table.data')).toContainText('The 2% goal');

	await page.getByRole('button', { name: 'Reset edits' }).click();
	await expect(title).toHaveText(automatic);
	await expect(page).not.toHaveURL(/edits=/);
	// A reset is one step too: undone, every edit is back.
	await page.getByRole('button', { name: 'Undo edit' }).click();
	await expect(title).toHaveText('Defence as a share of GDP');
	await page.getByRole('button', { name: 'Reset edits' }).click();
	await page.reload();
	await expect(page.locator('#chart-percent figcaption .title')).toHaveText(automatic);
	await expect(page.getByRole('button', { name: 'Reset edits' })).toBeDisabled();
});

test('a timeline event anchors to a quote, a bad quote is refused, and a huge label stays whole in the table', async ({
	page
}) => {
	await gotoDashboard(page, '/');
	const card = page.locator('#chart-timeline');
	const editor = await openEditor(card);
	await editor.getByLabel('Event date').fill('2027-03-31');
	await editor.getByLabel('Event label').fill('Deadline for the spending goal');
	await editor.getByLabel('Event quote').fill('Japan');
	await editor.getByRole('button', { name: 'Add event' }).click();
	await expect(editor.getByRole('alert')).toContainText('quote more of the sentence');
	await editor.getByLabel('Event quote').fill('doubling defence spending to the NATO standard');
	await editor.getByRole('button', { name: 'Add event' }).click();
	await expect(editor.getByRole('alert')).toHaveCount(0);

	const long = `${'Very long label '.repeat(625)}`.trim();
	expect(long.length).toBeGreaterThan(9_900);
	await editor.getByLabel('Label of figure 1').fill(long);
	await editor.getByRole('button', { name: 'Done' }).click();
	await expect(card.locator('canvas')).toHaveAttribute('data-drawn', 'true');
	await openTable(card);
	await expect(card.locator('table.data')).toContainText('Deadline for the spending goal');
	const cell = card.locator('table.data tbody th').filter({ hasText: 'Very long label' });
	expect((await cell.textContent())!.trim()).toContain(long);
});

test('a figure corrected to another currency is converted from it, with the rate cited', async ({
	page
}) => {
	await gotoDashboard(page, '/');
	const card = page.locator('#chart-money');
	const editor = await openEditor(card);
	await editor.getByLabel('Currency of figure 2').selectOption('EUR');
	await editor.getByRole('button', { name: 'Done' }).click();
	await openTable(card);
	const row = card.locator('table.data tbody tr').filter({ hasText: "Japan's defence budget" });
	await expect(row).toContainText('corrected');
	// 56 billion euros at the article date's rate (about 1.10 dollars a euro), to two digits.
	await expect(row.locator('td').nth(1)).toHaveText(/^\$62 billion/);
	await expect(row.locator('td').nth(2)).toContainText('EUR');
	await expect(card.locator('.note.correction')).toContainText('corrected to €56');
});

test('a link whose edits cannot be read says so and shows the charts unedited', async ({
	page
}) => {
	await gotoDashboard(page, '/?edits=bm90IGpzb24');
	await expect(page.getByText(/The link's edits .* could not be read/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Reset edits' })).toBeDisabled();
});

test('a pasted article keeps its edits across a reload and when reopened from the list', async ({
	page
}) => {
	const text = readFileSync('data/articles/sample-2024-03-14-european-defence-budgets.md', 'utf8');
	await page.goto('/new');
	await expect(page.locator('form[data-live]')).toBeAttached();
	await page.getByLabel('Article text').fill(text);
	await page.getByRole('button', { name: 'Show dashboard' }).click();
	const card = page.locator('#chart-money');
	await expect(card.locator('canvas')).toHaveAttribute('data-drawn', 'true');
	const editor = await openEditor(card);
	await editor.getByLabel('Chart title').fill('Europe pays up');
	await editor.getByLabel('Label of figure 1').fill('First amount, relabelled');
	await editor.getByLabel('Show figure 2').uncheck();
	await editor.getByRole('button', { name: 'Done' }).click();

	const check = async () => {
		const money = page.locator('#chart-money');
		await expect(money.locator('figcaption .title')).toHaveText('Europe pays up');
		await openTable(money);
		await expect(money.locator('table.data')).toContainText('First amount, relabelled');
		await expect(money.locator('table.data tbody tr').filter({ hasText: 'Hidden' })).toHaveCount(1);
	};
	await check();
	await page.reload();
	await check();
	await page.getByRole('button', { name: 'Add or open another article' }).click();
	await page
		.getByRole('list', { name: 'Saved articles' })
		.getByRole('listitem')
		.filter({ hasText: 'European allies raise' })
		.getByRole('button', { name: 'Open' })
		.click();
	await check();
});

test('"Download notes" gives a notes file the build takes as it is, and the built site carries every edit', async ({
	page
}) => {
	// One real `vite build` of a copy of the project: slow, but it is the round trip a newsroom makes.
	test.setTimeout(300_000);
	await gotoDashboard(page, '/');
	await editMoney(page);
	const yaml = await download(page, page.getByRole('button', { name: 'Download notes' }));
	// The notes the article had are kept beside the new ones.
	expect(yaml).toContain("label: Kishida's defence spending goal");
	expect(yaml).toContain('title: What Japan spends on defence');

	const copy = copyProject('notes-round-trip-');
	try {
		writeFileSync(join(copy, `data/notes/${SLUG}.yml`), yaml);
		const built = buildProject(copy);
		expect(built.status, built.output.slice(-3000)).toBe(0);
		const csv = readFileSync(join(copy, `build/articles/${SLUG}/money.csv`), 'utf8');
		const budget = csv.split('\r\n').find((l) => l.includes('Budget <b>FY2024</b>'))!;
		expect(budget).toContain(',60000000000,');
		expect(budget).toContain('Corrected: the article says “$56 billion”');
		expect(csv.split('\r\n').find((l) => l.includes(INDUSTRY))).toMatch(/Hidden from the chart$/);
		const svg = readFileSync(join(copy, `build/articles/${SLUG}/money.svg`), 'utf8');
		expect(svg).toContain('What Japan spends on defence');
		expect(svg).not.toContain(INDUSTRY);
		const html = readFileSync(join(copy, 'build/index.html'), 'utf8');
		expect(html).toContain('What Japan spends on defence');
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
});

test('an edit the browser cannot keep is reported, and stays in the page and its link', async ({
	page
}) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await gotoDashboard(page, '/');
	const card = page.locator('#chart-quantity');
	const editor = await openEditor(card);
	await editor.getByLabel('Chart title').fill('Shells for Kyiv');
	await expect(page.getByRole('alert')).toContainText(
		"Could not save your edits: the browser's storage for this site is full."
	);
	await expect(card.locator('figcaption .title')).toHaveText('Shells for Kyiv');
	await expect(page).toHaveURL(/edits=/);
});
