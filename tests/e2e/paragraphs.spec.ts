// Paragraphs survive the paste: text copied from a web page with single newlines, CRLF or CR-only
// line ends, and rich text with its markup, all show the paragraphs a reader saw.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PARAGRAPHS = [
	'BERLIN, May 2, 2024 (Sample) – Germany will spend 2 billion euros more on air defence.',
	'The finance ministry said the money would come from the special fund.',
	'Officials expect the first systems in 2026.'
];

async function show(page: Page, text: string) {
	await page.goto('/new');
	await expect(page.locator('form[data-live]')).toBeAttached();
	await page.getByLabel('Article text').fill(text);
	await page.getByLabel('Title').fill('Air defence');
	await page.getByLabel('Source').fill('Sample');
	await page.getByLabel('Date').fill('2024-05-02');
	await page.getByRole('button', { name: 'Show dashboard' }).click();
	return page.getByRole('region', { name: 'Article' }).locator('p');
}

for (const [name, join] of [
	['single newlines', '\n'],
	['CRLF line ends', '\r\n'],
	['CR-only line ends', '\r']
] as const) {
	test(`text with ${name} shows its ${PARAGRAPHS.length} paragraphs`, async ({ page }) => {
		const paragraphs = await show(page, PARAGRAPHS.join(join));
		await expect(paragraphs).toHaveCount(PARAGRAPHS.length);
		for (const [i, text] of PARAGRAPHS.entries()) await expect(paragraphs.nth(i)).toHaveText(text);
	});
}

test('rich text pasted from a page keeps its paragraphs and none of its markup', async ({
	page
}) => {
	await page.goto('/new');
	await expect(page.locator('form[data-live]')).toBeAttached();
	const box = page.getByLabel('Article text');
	const html =
		`<h2>${PARAGRAPHS[0]}</h2><div><p>${PARAGRAPHS[1]}</p><script>window.__pwned = 1</script>` +
		`<img src="x" onerror="window.__pwned = 2"><p>${PARAGRAPHS[2]!.replace('2026', '<b>2026</b>')}</p></div>`;
	await box.evaluate((el: HTMLTextAreaElement, data) => {
		el.focus();
		const clipboard = new DataTransfer();
		clipboard.setData('text/html', data);
		clipboard.setData('text/plain', 'plain text that must not be used');
		el.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true })
		);
	}, html);
	await expect(box).toHaveValue(PARAGRAPHS.join('\n\n'));
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	await page.getByLabel('Title').fill('Air defence');
	await page.getByLabel('Source').fill('Sample');
	await page.getByRole('button', { name: 'Show dashboard' }).click();
	await expect(page.getByRole('region', { name: 'Article' }).locator('p')).toHaveCount(3);
});
