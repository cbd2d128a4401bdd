import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refuseOrphans } from '$lib/server/orphans';

function folder(names: string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'orphans-'));
	for (const name of names) writeFileSync(join(dir, name), 'figures: []\n');
	return dir;
}

const SLUGS = new Set(['afp-2023', 'sample-2024']);

describe('refuseOrphans', () => {
	it.each([
		['a file for each article', ['afp-2023.yml', 'sample-2024.yml']],
		['dot files', ['.gitkeep', 'afp-2023.yml']],
		['an empty folder', []]
	])('accepts %s', (_, names) => {
		expect(() => refuseOrphans(folder(names), SLUGS, 'notes')).not.toThrow();
	});

	it('accepts a missing folder: no notes at all', () => {
		expect(() => refuseOrphans('/nonexistent/notes', SLUGS, 'notes')).not.toThrow();
	});

	it.each([
		[
			'a renamed article',
			'afp-2023-old.yml',
			/afp-2023-old\.yml:1: notes: no article has the slug "afp-2023-old"/
		],
		[
			'a .yaml extension',
			'afp-2023.yaml',
			/afp-2023\.yaml:1: notes: is not read: notes files are named/
		],
		['a file of another kind', 'README.md', /README\.md:1: notes: is not read/]
	])('refuses %s, naming the file', (_, name, message) => {
		const dir = folder(['afp-2023.yml', name]);
		expect(() => refuseOrphans(dir, SLUGS, 'notes')).toThrow(message);
	});

	it('names the folder it was given', () => {
		const dir = folder([]);
		mkdirSync(join(dir, 'claims'));
		writeFileSync(join(dir, 'claims', 'gone.yml'), 'claims: []\n');
		expect(() => refuseOrphans(join(dir, 'claims'), SLUGS, 'claims')).toThrow(
			`${join(dir, 'claims', 'gone.yml')}:1: claims:`
		);
	});
});
