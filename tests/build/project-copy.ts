/**
 * A copy of the project to build in, so a test can change its data files and run `vite build`
 * without touching the checkout: sources copied, node_modules linked. Shared by the build tests and
 * the browser test of the "Download notes" round trip.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

export const ROOT = process.cwd();
const SKIP = new Set([
	'node_modules',
	'build',
	'.svelte-kit',
	'.git',
	'test-results',
	'playwright-report'
]);

export function copyProject(prefix: string): string {
	const copy = mkdtempSync(join(tmpdir(), prefix));
	cpSync(ROOT, copy, {
		recursive: true,
		filter: (src) => !SKIP.has(relative(ROOT, src).split(sep)[0]!)
	});
	symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
	return copy;
}

/** Runs `vite build` in `copy`; the output without colour codes. */
export function buildProject(copy: string): { status: number | null; output: string } {
	const run = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		cwd: copy,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
	});
	// eslint-disable-next-line no-control-regex
	const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
	return { status: run.status, output };
}
