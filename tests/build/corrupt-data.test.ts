// A corrupt data file fails the build, names the file, line and field, and leaves the previous
// build's output byte for byte as it was. Runs `vite build` in a copy of the project (node_modules
// linked, not copied): once to get a good build, then once per corruption.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, copyProject, ROOT } from './project-copy';

const SLUG = 'afp-2023-12-23-japan-patriot-exports';
const ARTICLE = `data/articles/${SLUG}.md`;
const RATES = 'data/reference/fx_daily_jpy_usd_eur_2012_2025.csv';
const NOTES = `data/notes/${SLUG}.yml`;

let copy = '';
let good: Map<string, string>;

const build = () => buildProject(copy);

/** Path → sha256 of every file under build/. */
function hashes(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const path = join(d, entry.name);
			if (entry.isDirectory()) walk(path);
			else
				out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
		}
	};
	walk(dir);
	return out;
}

/** Replaces line `line` (1-based) of a file in the copy; returns the original text. */
function editLine(file: string, line: number, edit: (text: string) => string): string {
	const original = readFileSync(join(copy, file), 'utf8');
	const eol = original.includes('\r\n') ? '\r\n' : '\n';
	const lines = original.split(eol);
	lines[line - 1] = edit(lines[line - 1]!);
	writeFileSync(join(copy, file), lines.join(eol));
	return original;
}

const lineOf = (file: string, text: string) =>
	readFileSync(join(ROOT, file), 'utf8')
		.split('\n')
		.findIndex((l) => l.includes(text)) + 1;

beforeAll(() => {
	copy = copyProject('corrupt-data-');
	const first = build();
	expect(first.status, first.output.slice(-2000)).toBe(0);
	good = hashes(join(copy, 'build'));
	expect(good.size).toBeGreaterThan(5);
});

afterAll(() => {
	if (copy) rmSync(copy, { recursive: true, force: true });
});

const quoteLine = lineOf(NOTES, 'quote: a record defence budget worth $56 billion');

describe('a corrupt data file', () => {
	it.each([
		{
			name: 'an article published on 2023-13-45',
			file: ARTICLE,
			line: lineOf(ARTICLE, 'published:'),
			edit: () => 'published: 2023-13-45',
			names: `${ARTICLE}:${lineOf(ARTICLE, 'published:')}: published:`
		},
		{
			name: 'a negative rate in the rate CSV',
			file: RATES,
			line: 3,
			edit: (l: string) =>
				l
					.split(',')
					.map((c, i) => (i === 4 ? `-${c}` : c))
					.join(','),
			names: `${RATES}:3: jpy_per_eur_ecb:`
		},
		{
			name: 'a notes quote that no longer anchors',
			file: NOTES,
			line: quoteLine,
			edit: (l: string) => l.replace('$56 billion', '$57 billion'),
			names: `${NOTES}:${quoteLine}: quote:`
		}
	])('fails the build on $name, naming file, line and field, and leaves build/ as it was', (c) => {
		const original = editLine(c.file, c.line, c.edit);
		let result: ReturnType<typeof build>;
		try {
			result = build();
		} finally {
			writeFileSync(join(copy, c.file), original);
		}
		expect(result.status).not.toBe(0);
		expect(result.output).toContain(c.names);
		expect(hashes(join(copy, 'build'))).toEqual(good);
	});
});

describe('an added data file', () => {
	it.each([
		{
			// An article renamed without its notes: the notes would vanish from the site unannounced.
			name: 'a notes file whose article does not exist',
			file: 'data/notes/renamed-article.yml',
			content: readFileSync(join(ROOT, NOTES)),
			names: 'data/notes/renamed-article.yml:1: notes: no article has the slug "renamed-article"'
		},
		{
			name: 'an article that is not UTF-8 (a Latin-1 é)',
			file: 'data/articles/latin-1.md',
			content: Buffer.concat([
				Buffer.from('---\ntitle: Caf'),
				Buffer.from([0xe9]),
				Buffer.from('\nsource: S\npublished: 2024-01-01\n---\nSpent 5%.\n')
			]),
			names: 'data/articles/latin-1.md:2: encoding: not UTF-8 at byte offset 14 (0xe9)'
		}
	])('fails the build on $name, naming the file, and leaves build/ as it was', (c) => {
		writeFileSync(join(copy, c.file), c.content);
		let result: ReturnType<typeof build>;
		try {
			result = build();
		} finally {
			rmSync(join(copy, c.file));
		}
		expect(result.status).not.toBe(0);
		expect(result.output).toContain(c.names);
		expect(hashes(join(copy, 'build'))).toEqual(good);
	});
});

describe('an added article', () => {
	it('with more figures of a kind than a table shows unfolded still builds, and every figure link lands', () => {
		const amounts = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `$${n * 3} billion`);
		const body = amounts.map((a, i) => `Programme ${i + 1} will cost ${a}.`).join('\n\n');
		const file = join(copy, 'data/articles/many-amounts.md');
		writeFileSync(
			file,
			`---\ntitle: Eight programmes\nsource: Fixture\npublished: 2024-03-01\n---\n${body}\n`
		);
		let result: ReturnType<typeof build>;
		try {
			result = build();
		} finally {
			rmSync(file);
		}
		expect(result.status, result.output.slice(-2000)).toBe(0);
		const html = readFileSync(join(copy, 'build/articles/many-amounts.html'), 'utf8');
		const links = [...html.matchAll(/href="#fig-([^"]+)"/g)].map((m) => m[1]);
		expect(links.length).toBeGreaterThanOrEqual(8);
		for (const id of links) expect(html).toContain(`id="fig-${id}"`);
	});
});
