// Hostile command lines, as a user types them: a one-line error and exit 2, or a result; never a
// silent wrong number. The convert CLI runs as a process (its contract is the process's output),
// export in-process through its `main`.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { main as exportMain } from '../../../src/cli/export';
import { capture, type Run } from '../cli/capture';
import { casesOf } from '../../fixtures/hostile/cases';
import { hostileSuite } from './suite';

const run = hostileSuite('command lines');

function convert(argv: string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile('npx', ['tsx', 'src/cli/convert.ts', ...argv], (error, stdout, stderr) => {
			resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
		});
	});
}

const exportTo = (...argv: string[]) =>
	capture(exportMain, ...argv, '--out', mkdtempSync(join(tmpdir(), 'hostile-export-')));

/** A refusal as the contract says: exit 2 and exactly one line on stderr. */
function oneLineError(r: Run) {
	expect(r.code, r.stdout).toBe(2);
	expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
}

describe('hostile command lines', () => {
	for (const c of casesOf('cli')) {
		run(
			c,
			async () => {
				const argv = c.input.argv!;
				if (c.input.cli === 'both') {
					const code = argv[0]!;
					const byConvert = await convert(['1', code, 'USD', '--on', '2023-12-22']);
					const byExport = await exportTo(
						'afp-2023-12-23-japan-patriot-exports',
						'--currency',
						code,
						'--format',
						'svg'
					);
					expect(
						byExport.code === 0,
						`convert exit ${byConvert.code}, export exit ${byExport.code}`
					).toBe(byConvert.code === 0);
					return;
				}
				const exported = () =>
					argv.includes('--out') ? capture(exportMain, ...argv) : exportTo(...argv);
				const r = c.input.cli === 'convert' ? await convert(argv) : await exported();
				if (c.expect.negativeOrClearRefusal) {
					if (r.code === 0) expect(JSON.parse(r.stdout).value).toBeLessThan(0);
					else {
						oneLineError(r);
						expect(r.stderr).not.toMatch(/usage:/);
					}
					return;
				}
				oneLineError(r);
				if (c.expect.stderr) expect(r.stderr).toContain(c.expect.stderr);
			},
			60_000
		);
	}
});
