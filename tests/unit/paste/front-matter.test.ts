import { describe, expect, it, vi } from 'vitest';
import {
	frontMatterSizeProblem,
	MAX_FRONT_MATTER_BYTES,
	readFrontMatter
} from '$lib/paste/front-matter';
import { HeaderReader } from '$lib/paste/header-reader';

// Counts the parses the reader asks for; the real function does the work.
vi.mock('$lib/paste/front-matter', async (actual) => {
	const real = await actual<typeof import('$lib/paste/front-matter')>();
	return { ...real, readFrontMatter: vi.fn(real.readFrontMatter) };
});

const lines = (n: number) =>
	Array.from({ length: n }, (_, i) => `k${i}: value value value value value value v`).join('\n');

describe('readFrontMatter', () => {
	it.each([
		[
			'an 830 KB header is refused, naming its size and the limit',
			`title: Big\n${lines(17_000)}`,
			'The front matter is 770.9 KB (770,900 bytes); the limit is 16 KB (16,000 bytes). It was left out and its fields were not read: fill in Title, Source and Date below.'
		],
		[
			'multi-byte text is measured in bytes',
			`title: ${'€'.repeat(5_400)}`,
			'The front matter is 16.2 KB (16,207 bytes); the limit is 16 KB (16,000 bytes). It was left out and its fields were not read: fill in Title, Source and Date below.'
		],
		[
			'nesting deep enough to overflow the parser’s stack is reported, not thrown',
			`title: ${'['.repeat(7_000)}${']'.repeat(7_000)}`,
			'The front matter is not valid YAML (Maximum call stack size exceeded).'
		],
		[
			'an alias bomb is stopped at 100 aliases',
			'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
			/^The front matter uses a YAML alias or anchor it cannot resolve/
		],
		[
			'a list is not a header',
			'- a\n- b',
			'The front matter is not a list of “field: value” lines.'
		]
	])('%s', (_, yaml, problem) => {
		const fields = readFrontMatter(yaml);
		expect(fields.title).toBeNull();
		expect(fields.problems).toHaveLength(1);
		if (typeof problem === 'string') expect(fields.problems[0]).toBe(problem);
		else expect(fields.problems[0]).toMatch(problem);
	});

	it('reads a header just under the limit', () => {
		const yaml = `title: Under\nsource: S\npublished: 2024-01-05\n${lines(300)}`;
		expect(new TextEncoder().encode(yaml).length).toBeLessThan(MAX_FRONT_MATTER_BYTES);
		expect(frontMatterSizeProblem(yaml)).toBeNull();
		expect(readFrontMatter(yaml)).toMatchObject({ title: 'Under', published: '2024-01-05' });
	});

	it('keys named like prototype members set nothing', () => {
		const fields = readFrontMatter('__proto__: {title: x}\nconstructor: y\ntitle: Real');
		expect(fields).toMatchObject({ title: 'Real', problems: [] });
		expect(({} as { title?: string }).title).toBeUndefined();
	});
});

describe('HeaderReader (no worker in Node: the same queue, on this thread)', () => {
	it('parses each distinct front matter once, however often it is asked', async () => {
		const parse = vi.mocked(readFrontMatter);
		parse.mockClear();
		const reader = new HeaderReader();
		const yaml = 'title: Once\npublished: 2024-01-05';
		for (let i = 0; i < 10; i++) expect((await reader.read(yaml))?.title).toBe('Once');
		expect(parse).toHaveBeenCalledTimes(1);
	});

	it('drops requests overtaken before they ran, and parses only the newest', async () => {
		const parse = vi.mocked(readFrontMatter);
		parse.mockClear();
		const reader = new HeaderReader();
		const answers = await Promise.all(['a', 'b', 'c'].map((t) => reader.read(`title: ${t}`)));
		expect(answers.map((a) => a?.title ?? null)).toEqual([null, null, 'c']);
		expect(parse).toHaveBeenCalledTimes(1);
	});

	it('refuses oversized front matter without parsing it', async () => {
		const parse = vi.mocked(readFrontMatter);
		parse.mockClear();
		const fields = await new HeaderReader().read(lines(17_000));
		expect(fields?.problems[0]).toMatch(/^The front matter is 770\.9 KB/);
		expect(parse).not.toHaveBeenCalled();
	});
});
