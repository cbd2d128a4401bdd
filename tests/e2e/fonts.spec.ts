// The page's faces. Their preloads sit in the body: Chromium draws no frame while a font preloaded
// in the head is on its way, and the bench measured the charts' first paint 10 to 20% later for it.
// Until a face arrives, the local fallback drawn to its measure (FALLBACK_FACES) sets the text, so
// the first screen's blocks start at the heights Source Sans 3 gives them: checked here with the
// web faces refused. (A line of buttons may still move sideways by 3 or 4 px when a face swaps in;
// the load's bound in hydrate.spec.ts covers that.)
// The plain test, not the fixture's: a refused font request is a console error by design.
import { expect, test, type Page } from '@playwright/test';
import { FALLBACK_FAMILY, FONT_FAMILY } from '../../src/lib/theme/tokens';

test('the faces are preloaded from the body, none from the head', async ({ request }) => {
	const html = await (await request.get('/')).text();
	const body = html.indexOf('<body');
	const preloads = [...html.matchAll(/<link rel="preload" as="font"[^>]*href="([^"]+)"/g)];
	expect(preloads.map((m) => /latin-(\d00)-normal/.exec(m[1]!)?.[1])).toEqual([
		'400',
		'700',
		'600'
	]);
	for (const m of preloads) {
		expect(m.index, m[1]).toBeGreaterThan(body);
		const font = await request.get(m[1]!);
		expect(font.headers()['content-type'], m[1]).toBe('font/woff2');
	}
});

/** Where the first screen's blocks stand, in CSS pixels from the top of the page. */
async function firstScreen(page: Page) {
	await page.evaluate(() => document.fonts.ready);
	return page.evaluate(() => {
		const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
		const cards = [...document.querySelectorAll('figure.chart-card')].slice(0, 2);
		return {
			headline: [box('h1').top, box('h1').height],
			byline: box('.byline').top,
			controls: [box('.controls').top, box('.controls').height],
			cards: cards.map((c) => c.getBoundingClientRect().top)
		};
	});
}

/** The loaded faces of a family, by weight. */
const loaded = (page: Page, family: string) =>
	page.evaluate(
		(f) =>
			[...document.fonts]
				.filter((face) => face.family.replace(/"/g, '') === f && face.status === 'loaded')
				.map((face) => face.weight)
				.filter((w, i, all) => all.indexOf(w) === i)
				.sort(),
		family
	);

for (const width of [1280, 375]) {
	test(`at ${width}px the fallback face sets the first screen where Source Sans 3 does`, async ({
		browser
	}) => {
		const open = async (refuse: boolean) => {
			const page = await browser.newPage({ viewport: { width, height: 800 } });
			if (refuse) await page.route(/\.woff2?$/, (route) => route.abort());
			await page.goto('/', { waitUntil: 'load' });
			return page;
		};
		const web = await open(false);
		expect(await loaded(web, FONT_FAMILY)).toEqual(['400', '600', '700']);
		const expected = await firstScreen(web);

		const fallback = await open(true);
		expect(await loaded(fallback, FONT_FAMILY)).toEqual([]);
		// Asked for by name, so a machine without any of its local faces is told apart from a page
		// that no longer uses it (.ci/run installs Debian's fonts-liberation for this).
		const local = await fallback.evaluate(
			(f) => document.fonts.load(`16px '${f}'`).then((faces) => faces.length),
			FALLBACK_FAMILY
		);
		expect(
			local,
			'no Arial, Helvetica, Liberation Sans or Arimo here: install fonts-liberation'
		).toBeGreaterThan(0);
		const got = await firstScreen(fallback);
		// Within a pixel: the browser counts a move of 3 px or more as a layout shift.
		const flat = (s: typeof got) => [s.headline, s.byline, s.controls, s.cards].flat();
		const moved = flat(got).map((v, i) => Math.abs(v - flat(expected)[i]!));
		expect(Math.max(...moved), JSON.stringify({ got, expected })).toBeLessThanOrEqual(1);
	});
}
