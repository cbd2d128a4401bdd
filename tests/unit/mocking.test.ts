// Every test file that mocks a module is listed to run alone: in the shared module graph its mock
// would reach the files that run after it in the same worker.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { MOCKING } from './mocking';

function testFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? testFiles(join(dir, e.name))
			: e.name.endsWith('.test.ts')
				? [join(dir, e.name)]
				: []
	);
}

it('lists every file that calls vi.mock, and no other', () => {
	const mocking = testFiles('tests/unit').filter((f) =>
		/\bvi\.mock\(/.test(readFileSync(f, 'utf8'))
	);
	expect(mocking.sort()).toEqual([...MOCKING].sort());
});
