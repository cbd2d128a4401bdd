/**
 * Which Chromium the browser tests and the bench drive. Playwright cannot download its own browser
 * on these machines, so prefer $CHROME_PATH, then Debian's /usr/bin/chromium, then Playwright's own.
 */
import { existsSync } from 'node:fs';

export function chromiumPath(): string | undefined {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv && existsSync(fromEnv)) return fromEnv;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return undefined; // Playwright's bundled browser, if one was installed
}

/** Without the networking flags Chromium keeps dialling hosts this closed network refuses. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
