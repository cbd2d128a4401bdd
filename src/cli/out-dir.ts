/**
 * Creates an output folder one level at a time. Node 20's recursive `mkdirSync` spins forever at
 * full CPU on some paths (`/proc/x`) and ignores SIGTERM, so the CLI never asks it to: each missing
 * level is made on its own, and the first refusal is a one-line error naming the folder.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './io';

export function makeOutDir(dir: string): void {
	const missing: string[] = [];
	let at = resolve(dir);
	for (;;) {
		let stat;
		try {
			stat = statSync(at, { throwIfNoEntry: false });
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code ?? String(e);
			throw new CliError(`--out: ${at} is not a folder (${code})`);
		}
		if (stat) {
			if (!stat.isDirectory()) throw new CliError(`--out: ${at} is not a folder`);
			break;
		}
		missing.unshift(at);
		const parent = dirname(at);
		if (parent === at) break;
		at = parent;
	}
	for (const level of missing) {
		try {
			mkdirSync(level);
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code ?? String(e);
			throw new CliError(`--out: cannot create ${level} (${code})`);
		}
	}
}
