import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/figures';

const SEED = 'tests/fixtures/extract/afp-2023-12-23-japan-patriot-exports.txt';

function run(...args: string[]) {
	const r = spawnSync('npx', ['tsx', 'src/cli/extract.ts', ...args], { encoding: 'utf8' });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI: extract', () => {
	it('prints one JSON line whose offsets index the raw file', () => {
		const raw = readFileSync(SEED, 'utf8');
		const { code, stdout, stderr } = run(SEED);
		expect([code, stderr]).toEqual([0, '']);
		expect(stdout.trimEnd().split('\n')).toHaveLength(1);
		const { figures } = JSON.parse(stdout) as { figures: Figure[] };
		expect(figures).toHaveLength(8);
		for (const f of figures) {
			expect(raw.slice(f.start, f.end)).toBe(f.exact);
			expect(f).toHaveProperty('kind');
			expect(f).toHaveProperty('currency');
			expect(f).toHaveProperty('sentence');
		}
		expect(figures.find((f) => f.kind === 'date')?.date).toBe('2023-12-23');
	});

	it('accepts --date', () => {
		expect(run(SEED, '--date', '2024-01-05').code).toBe(0);
	});

	it.each([
		['a bad path', ['no/such/file.txt']],
		['a missing file argument', []],
		['an unknown flag', [SEED, '--nope']],
		['a bad date', [SEED, '--date', '2023-02-30']],
		['a missing date value', [SEED, '--date']],
		['an extra argument', [SEED, 'other.txt']]
	])('exits 2 with one stderr line on %s', (_name, args) => {
		const { code, stdout, stderr } = run(...args);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
	});
});
