import AxeBuilder from '@axe-core/playwright';
import { expect, findColour, gotoDashboard, inkedPixels, openTable, test } from './fixtures';

const MONEY_BAR = '#1d5fa8'; // THEMES.light.money

test('every chart draws on its canvas', async ({ page }) => {
	await gotoDashboard(page, '/');
	const figures = page.locator('figure.chart-card');
	await expect(figures).toHaveCount(7);
	for (const canvas of await page.locator('figure.chart-card canvas').all()) {
		expect(await inkedPixels(canvas)).toBeGreaterThan(500);
	}
});

test('unchecking Money removes the money chart and its highlights', async ({ page }) => {
	await gotoDashboard(page, '/');
	const article = page.getByRole('region', { name: 'Article' });
	await expect(article.getByRole('link', { name: '$56 billion' })).toBeVisible();
	await expect(page.locator('#chart-money')).toBeVisible();

	await page.getByRole('group', { name: 'Figure types' }).getByLabel('Money').uncheck();
	await expect(page.locator('#chart-money')).toHaveCount(0);
	await expect(article.getByRole('link', { name: '$56 billion' })).toHaveCount(0);
	await expect(article.getByRole('link', { name: 'two percent' })).toBeVisible();
	await expect(page).toHaveURL(/\?types=percent,dates,quantity$/);
});

test('switching the currency to JPY changes the values and the printed rate', async ({ page }) => {
	await gotoDashboard(page, '/');
	const money = await openTable(page.locator('#chart-money'));
	await expect(money.locator('figcaption')).toContainText(
		'In US dollars at the ECB rate of 22 Dec 2023, 142.12 JPY per USD'
	);
	const row = money.getByRole('row', { name: /defence budget/ });
	await expect(row).toContainText('$56 billion');

	await page.getByLabel('Currency').selectOption('JPY');
	await expect(page).toHaveURL(/currency=JPY/);
	await expect(money.locator('figcaption')).toContainText('In Japanese yen');
	await expect(row).toContainText('¥8 trillion');
	await expect(row).toContainText('142.12 JPY per USD');
	await expect(money.getByRole('row', { name: /defence industry/ })).toContainText('No conversion');
});

test('a currency change redraws the three money charts and leaves the other four alone', async ({
	page
}) => {
	await gotoDashboard(page, '/');
	/** Chart id → its canvas's render count (Chart.svelte) and its pixels. */
	const charts = () =>
		page.locator('figure.chart-card').evaluateAll((cards) =>
			Object.fromEntries(
				cards.map((card) => {
					const canvas = card.querySelector('canvas')!;
					return [card.id, { renders: Number(canvas.dataset.renders), png: canvas.toDataURL() }];
				})
			)
		);
	await expect(page.locator('canvas[data-drawn="true"]')).toHaveCount(7);
	const frames = () =>
		page.evaluate(
			() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))
		);
	await frames();
	const before = await charts();

	await page.getByLabel('Currency').selectOption('JPY');
	await expect(page.locator('#chart-money figcaption')).toContainText('In Japanese yen');
	await expect
		.poll(async () => (await charts())['chart-money']!.renders)
		.toBeGreaterThan(before['chart-money']!.renders);
	await frames(); // for any late render to land
	const after = await charts();
	const redrawn = Object.keys(after).filter((id) => after[id]!.renders !== before[id]!.renders);
	expect(redrawn.sort()).toEqual(['chart-budget', 'chart-industry', 'chart-money']);
	for (const id of Object.keys(after)) {
		expect(after[id]!.png === before[id]!.png, id).toBe(!redrawn.includes(id));
	}
});

test('the exchange rate select switches between bases', async ({ page }) => {
	await gotoDashboard(page, '/');
	const money = await openTable(page.locator('#chart-money'));
	const rate = page.getByLabel('Exchange rate');
	await rate.selectOption({ label: 'As stated in the article' });
	await expect(money.getByRole('row', { name: /defence industry/ })).toContainText(
		'implied by the article, 150 JPY per USD'
	);
	await rate.selectOption({ label: 'Latest available' });
	await expect(page).toHaveURL(/rate=latest/);
	await expect(money.locator('figcaption')).toContainText('ECB rate of 9 May 2025');
});

test('a chosen date converts at the fixing on or before it, fetched on demand', async ({
	page
}) => {
	await gotoDashboard(page, '/');
	const money = page.locator('#chart-money');
	// Choosing "a date" starts on the article's own day: its year's rates are fetched.
	const year = page.waitForResponse((r) => r.url().endsWith('/rates/2023.json') && r.ok());
	await page.getByLabel('Exchange rate').selectOption({ label: 'Chosen date' });
	await year;
	await expect(page.getByLabel('Rate date')).toHaveValue('2023-12-23');
	// 2020-03-01 was a Sunday: the ECB's last fixing before it is Friday 28 Feb 2020.
	const other = page.waitForResponse((r) => r.url().endsWith('/rates/2020.json') && r.ok());
	await page.getByLabel('Rate date').fill('2020-03-01');
	await other;
	await expect(page).toHaveURL(/rate=2020-03-01/);
	await expect(money.locator('figcaption')).toContainText('ECB rate of 28 Feb 2020');
});

test('the page shows the implied rate beside the equivalent pair', async ({ page }) => {
	await gotoDashboard(page, '/');
	await expect(page.locator('.rate-check')).toContainText(
		'“around 3 trillion yen ($20 billion)” implies 150 JPY per USD; the market rate was 142.12 JPY per USD (ECB, 22 Dec 2023): a gap of +5.5%.'
	);
});

test('clicking a bar highlights its sentence and puts the figure in the URL', async ({ page }) => {
	await gotoDashboard(page, '/');
	const canvas = page.locator('#chart-money canvas');
	await expect(canvas).toHaveAttribute('data-drawn', 'true');
	const point = await findColour(canvas, MONEY_BAR);
	expect(point).not.toBeNull();
	await canvas.click({ position: point! });
	const current = page.getByRole('region', { name: 'Article' }).locator('[aria-current="true"]');
	await expect(current).toContainText('around 3 trillion yen ($20 billion) annually');
	await expect(page).toHaveURL(/#fig-money-3-trillion-yen$/);
});

test('hovering or focusing a figure in the article highlights its chart element', async ({
	page
}) => {
	await gotoDashboard(page, '/');
	const article = page.getByRole('region', { name: 'Article' });
	const row = page.locator('#chart-money tbody tr').filter({ hasText: 'defence industry' });
	await expect(row).not.toHaveClass(/active/);
	// The dollar half of the equivalent pair is drawn by the yen figure's bar.
	await article.getByRole('link', { name: '$20 billion' }).hover();
	await expect(row).toHaveClass(/active/);
	await article.getByRole('link', { name: '$56 billion' }).focus();
	await expect(row).not.toHaveClass(/active/);
	await expect(
		page.locator('#chart-money tbody tr').filter({ hasText: 'defence budget' })
	).toHaveClass(/active/);
});

test('keyboard users reach each chart element through the data table', async ({ page }) => {
	await gotoDashboard(page, '/');
	// The table is a closed panel under the chart: a keyboard opens it, then follows a row's link.
	const summary = page.locator('#chart-timeline details.table > summary');
	await summary.focus();
	await page.keyboard.press('Enter');
	const link = page.locator('#fig-year-2014').getByRole('link');
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('[aria-current="true"]')).toContainText(
		'in 2014 the late prime minister'
	);
});

test('a URL with state restores that state', async ({ page }) => {
	await gotoDashboard(page, '/?types=money,percent&currency=EUR&rate=latest#fig-money-56-billion');
	await expect(page.getByLabel('Currency')).toHaveValue('EUR');
	await expect(page.getByLabel('Exchange rate')).toHaveValue('latest');
	const types = page.getByRole('group', { name: 'Figure types' });
	await expect(types.getByLabel('Money')).toBeChecked();
	await expect(types.getByLabel('Years and dates')).not.toBeChecked();
	await expect(page.locator('#chart-timeline')).toHaveCount(0);
	await expect(page.locator('[aria-current="true"]')).toContainText(
		'record defence budget worth $56 billion'
	);
});

test('a bad parameter falls back to the default with a visible notice', async ({ page }) => {
	await gotoDashboard(page, '/?currency=XYZ&rate=<script>');
	const notice = page.getByRole('status', { name: 'Notice' });
	await expect(notice).toContainText('Unknown currency "XYZ"');
	await expect(notice).toContainText('Unknown exchange rate "<script>"');
	await expect(page.getByLabel('Currency')).toHaveValue('USD');
});

test('a chosen date outside the rate data converts at the nearest fixing and says so', async ({
	page
}) => {
	await gotoDashboard(page, '/?rate=1998-06-01');
	await expect(page.getByRole('status', { name: 'Notice' })).toContainText(
		'Rates for 1998-06-01 are not in the data (Fed H.10 rates start 1999-01-04); using the nearest available, 1999-01-04.'
	);
	await expect(page).toHaveURL(/rate=1999-01-04/);
	await expect(page.locator('#chart-money figcaption')).toContainText(
		'Fed H.10 rate of 4 Jan 1999'
	);
});

test('a chosen date after the ECB’s data names the ECB and where it ends', async ({ page }) => {
	await gotoDashboard(page, '/?rate=2025-07-01');
	await expect(page.getByRole('status', { name: 'Notice' })).toContainText(
		'ECB rates end 2025-05-09'
	);
});

test('axe-core finds no accessibility violations', async ({ page }) => {
	await gotoDashboard(page, '/');
	await expect(page.locator('figure.chart-card canvas').first()).toHaveAttribute(
		'data-drawn',
		'true'
	);
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
});
