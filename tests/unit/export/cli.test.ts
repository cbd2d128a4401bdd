import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/export';
import { capture } from '../cli/capture';
import { pngSize, SLUG } from './helpers';

const run = (...args: string[]) => capture(main, ...args);
const temp = () => mkdtempSync(join(tmpdir(), 'export-'));

describe('npm run export', () => {
	it('writes PNG and SVG for every chart, CSV, JSON-LD and README for the default article', async () => {
		const out = join(temp(), 'new', 'folder');
		const r = await run(SLUG, '--out', out, '--currency', 'JPY');
		expect([r.code, r.stderr]).toEqual([0, '']);
		const files = readdirSync(out).sort();
		expect(r.stdout.trim().split('\n').sort()).toEqual(files.map((f) => join(out, f)));
		for (const chart of ['money', 'percent', 'timeline', 'quantity']) {
			for (const ext of ['png', 'svg']) expect(files).toContain(`${SLUG}-${chart}-JPY.${ext}`);
		}
		expect(files).toEqual(
			expect.arrayContaining(['figures.csv', 'annotations.jsonld', 'README.md'])
		);
		for (const f of files) expect(statSync(join(out, f)).size).toBeGreaterThan(100);
		for (const f of files.filter((n) => n.endsWith('.png'))) {
			const svg = readFileSync(join(out, f.replace(/\.png$/, '.svg')), 'utf8');
			const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
			expect(Number(w)).toBe(640);
			expect(pngSize(readFileSync(join(out, f)))).toEqual({
				width: 2 * Number(w),
				height: 2 * Number(h)
			});
		}
		expect(readFileSync(join(out, `${SLUG}-money-JPY.svg`), 'utf8')).toContain('In Japanese yen');
	}, 60_000);

	it('writes the base URL it is given into the README, the CSV and the JSON-LD', async () => {
		const out = temp();
		const r = await run(SLUG, '--out', out, '--format', 'svg', '--base-url', 'https://x.test/df');
		expect(r.code).toBe(0);
		for (const f of ['README.md', 'figures.csv', 'annotations.jsonld']) {
			expect(readFileSync(join(out, f), 'utf8')).toContain('https://x.test/df/articles/');
		}
	}, 60_000);

	it.each([
		[['no-such-article', '--out', '/tmp/x'], /no article/],
		[[SLUG, '--out', '/tmp/x', '--format', 'gif'], /--format/],
		[[SLUG, '--out', '/tmp/x', '--rate', 'yesterday'], /--rate/],
		[[SLUG, '--out', '/tmp/x', '--currency', 'XYZ'], /currency/],
		[[SLUG, '--out', '/tmp/x', '--width', '12'], /--width/],
		[[SLUG, '--out', '/tmp/x', '--base-url', 'javascript:alert(1)//'], /http or https/],
		[[SLUG, '--out', '/tmp/x', '--base-url', 'not a url'], /http or https/],
		[[SLUG, '--out', '/proc/x/y'], /cannot create \/proc\/x/],
		[[SLUG, '--bogus'], /bogus/],
		[[SLUG], /usage/]
	])('refuses %j with one line on stderr and exit 2', async (args, message) => {
		const r = await run(...args);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(/^export: /);
		expect(r.stderr).toMatch(message);
	});

	it('refuses an --out that is a file, and writes nothing', async () => {
		const file = join(temp(), 'plain-file');
		writeFileSync(file, 'x');
		const r = await run(SLUG, '--out', join(file, 'sub'), '--format', 'svg');
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/is not a folder/);
		expect(existsSync(join(file, 'sub'))).toBe(false);
	});

	it('runs as `npm run export` does: one spawned process', () => {
		const out = temp();
		const r = spawnSync(
			'node_modules/.bin/tsx',
			['src/cli/export.ts', SLUG, '--out', out, '--format', 'svg'],
			{ encoding: 'utf8' }
		);
		expect([r.status, r.stderr]).toEqual([0, '']);
		expect(readdirSync(out)).toContain(`${SLUG}-money-USD.svg`);
	}, 60_000);
});
