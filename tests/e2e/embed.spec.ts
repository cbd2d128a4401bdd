// The embed code works on another site: a page served from another port frames the chart, the
// iframe takes the chart's height, and every page outside /embed/ refuses to be framed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base } from '@playwright/test';
import { expect, test } from './fixtures';

/** A page on another origin (another port) holding `body`. */
async function host(body: string): Promise<{ url: string; server: Server }> {
	const server = createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(
			`<!doctype html><html lang="en"><title>Host</title><body><h1>A newsroom page</h1>${body}</body></html>`
		);
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

test('the embed code frames the chart on another site and resizes to it', async ({ page }) => {
	await page.goto('/');
	const money = page.locator('#chart-money');
	await money.getByRole('button', { name: 'Embed' }).click();
	const code = await money.getByRole('textbox', { name: 'Embed code' }).inputValue();
	expect(code).toMatch(
		/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/afp-2023-12-23-japan-patriot-exports\/money"/
	);

	const { url, server } = await host(code);
	try {
		await page.goto(url);
		const iframe = page.locator('iframe[data-defence-figures]');
		const frame = page.frameLocator('iframe[data-defence-figures]');
		await expect(frame.locator('canvas')).toHaveAttribute('data-drawn', 'true');
		await expect(frame.getByText('Money in the article')).toBeVisible();
		await expect(
			frame.getByRole('link', { name: /every figure, linked to its sentence/ })
		).toBeVisible();
		// The snippet starts it at 480 px; the chart's page reports its own height and gets it.
		const content = await frame
			.locator('.embed')
			.evaluate((el) => el.getBoundingClientRect().height);
		await expect
			.poll(async () => (await iframe.boundingBox())!.height)
			.toBeCloseTo(Math.ceil(content), 0);
		expect(Math.abs(content - 480)).toBeGreaterThan(10);
	} finally {
		server.close();
	}
});

// A refused frame logs a console error on the host page, so this test uses Playwright's own page
// rather than the fixture that fails on any console error.
base('the article pages refuse to be framed; the embed pages do not', async ({ page, baseURL }) => {
	const article = `${baseURL}/articles/afp-2023-12-23-japan-patriot-exports`;
	const embed = `${baseURL}/embed/afp-2023-12-23-japan-patriot-exports/money`;
	const { url, server } = await host(
		`<iframe id="a" src="${article}"></iframe><iframe id="e" src="${embed}"></iframe>`
	);
	try {
		const refused: string[] = [];
		page.on('console', (m) => refused.push(m.text()));
		await page.goto(url);
		const frames = () => page.frames().map((f) => f.url());
		await base.expect.poll(frames).toContain(embed);
		await base
			.expect(page.frameLocator('#e').locator('canvas'))
			.toHaveAttribute('data-drawn', 'true');
		await base.expect
			.poll(() => refused.join('\n'))
			.toMatch(/(Refused to display|Framing) .*(frame-ancestors 'none'|deny)/i);
		// The refused frame shows the browser's own error page, never the article.
		await base
			.expect(page.frameLocator('#a').getByText('Japan loosens its arms export rules'))
			.toHaveCount(0);
	} finally {
		server.close();
	}
});
