import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/extract';
import type { Figure, StatedRate } from '../../../src/lib/figures';
import { capture } from '../cli/capture';

const SEED = 'tests/fixtures/extract/afp-2023-12-23-japan-patriot-exports.txt';
const run = (...args: string[]) => capture(main, ...args);

describe('CLI: extract', () => {
	it('prints one JSON line whose offsets index the raw file', async () => {
		const raw = readFileSync(SEED, 'utf8');
		const { code, stdout, stderr } = await run(SEED);
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

	it('prints the rates an article states, apart from its figures, with offsets into the file', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'extract-'));
		const file = join(dir, 'footer.md');
		const raw = `---\ntitle: T\nsource: S\npublished: 2024-05-02\n---\nBerlin will spend 2 billion euros on drones.\n($1 = 0.9239 euros)\n`;
		writeFileSync(file, raw);
		const { code, stdout } = await run(file);
		expect(code).toBe(0);
		const out = JSON.parse(stdout) as { figures: Figure[]; rates: StatedRate[] };
		expect(out.figures.map((f) => [f.exact, f.value, f.currency])).toEqual([
			['2 billion euros', 2e9, 'EUR']
		]);
		expect(out.rates).toHaveLength(1);
		expect(out.rates[0]).toMatchObject({ base: 'USD', quote: 'EUR', rate: 0.9239 });
		expect(raw.slice(out.rates[0]!.start, out.rates[0]!.end)).toBe(out.rates[0]!.exact);
	});

	it('accepts --date, which resolves relative dates against it', async () => {
		const r = await run(SEED, '--date', '2024-01-05');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout).figures).toHaveLength(8);
	});

	it.each([
		['a bad path', ['no/such/file.txt'], /cannot read no\/such\/file.txt: ENOENT/],
		['a missing file argument', [], /missing file/],
		['an unknown flag', [SEED, '--nope'], /unknown option --nope/],
		['a bad date', [SEED, '--date', '2023-02-30'], /valid YYYY-MM-DD/],
		['a missing date value', [SEED, '--date'], /valid YYYY-MM-DD/],
		['a repeated date', [SEED, '--date', '2023-01-02', '--date=2023-01-03'], /given twice/],
		['an extra argument', [SEED, 'other.txt'], /unexpected argument other.txt/]
	])('exits 2 with one stderr line on %s', async (_name, args, message) => {
		const { code, stdout, stderr } = await run(...args);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(stderr).toMatch(/^extract: /);
		expect(stderr).toMatch(message);
	});

	it('runs as `npm run extract` does: one spawned process, the same output', () => {
		const r = spawnSync('node_modules/.bin/tsx', ['src/cli/extract.ts', SEED], {
			encoding: 'utf8'
		});
		expect([r.status, r.stderr]).toEqual([0, '']);
		expect(JSON.parse(r.stdout).figures).toHaveLength(8);
		const bad = spawnSync('node_modules/.bin/tsx', ['src/cli/extract.ts'], { encoding: 'utf8' });
		expect(bad.status).toBe(2);
		expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
	}, 30_000);
});
