import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngSize, SLUG } from './helpers';

const tsx = ['node_modules/.bin/tsx', 'src/cli/export.ts'];

describe('npm run export', () => {
	it('writes PNG and SVG for every chart, CSV, JSON-LD and README for the default article', () => {
		const out = mkdtempSync(join(tmpdir(), 'export-'));
		execFileSync(tsx[0]!, [tsx[1]!, SLUG, '--out', out, '--currency', 'JPY'], { stdio: 'pipe' });
		const files = readdirSync(out).sort();
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

	it.each([
		[['no-such-article', '--out', '/tmp/x'], /no article/],
		[[SLUG, '--out', '/tmp/x', '--format', 'gif'], /--format/],
		[[SLUG, '--out', '/tmp/x', '--rate', 'yesterday'], /--rate/],
		[[SLUG, '--out', '/tmp/x', '--currency', 'XYZ'], /currency/],
		[[SLUG, '--bogus'], /bogus/],
		[[SLUG], /usage/]
	])(
		'refuses %j with one line on stderr and exit 2',
		(args, message) => {
			const r = spawnSync(tsx[0]!, [tsx[1]!, ...args], { encoding: 'utf8' });
			expect(r.status).toBe(2);
			expect(r.stderr.trim().split('\n')).toHaveLength(1);
			expect(r.stderr).toMatch(message);
		},
		30_000
	);
});
