// The real `npm run preview`, spawned on a free port and read with an HTTP client (what
// `curl -sD-` shows): every header README > Deploying lists, on pages, assets and 404s; no CORS
// wildcard; embeds frameable and nothing else; a file written after the server started is served;
// each page has its own ETag. Needs build/, which `npm run test:e2e` builds first.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';

// The README's list, read from the README itself so the two cannot drift apart.
const README_HEADERS = (() => {
	const section = readFileSync('README.md', 'utf8').split('## Deploying')[1] ?? '';
	const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
	return block
		.trim()
		.split('\n')
		.map((line) => line.split(/:\s*/, 2) as [string, string]);
})();

function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => ok(port));
		});
	});
}

// One server for the file, started once: serial, in one worker.
test.describe.configure({ mode: 'serial' });

let preview: ChildProcess;
let origin = '';

test.beforeAll(async () => {
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	const args = ['run', 'preview', '--', '--host', '127.0.0.1', '--port', `${port}`, '--strictPort'];
	// Its own process group, so npm, the shell and vite all stop together.
	preview = spawn('npm', args, { detached: true, stdio: 'ignore' });
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (
			await fetch(`${origin}/`).then(
				(r) => r.ok,
				() => false
			)
		)
			return;
		await new Promise((ok) => setTimeout(ok, 200));
	}
	throw new Error('npm run preview did not answer within 30 s');
});

test.afterAll(() => {
	if (preview?.pid) process.kill(-preview.pid, 'SIGTERM');
});

const get = (path: string, headers: Record<string, string> = {}) =>
	fetch(`${origin}${path}`, { headers, redirect: 'manual' });

test('README lists the seven headers a host must send', () => {
	expect(README_HEADERS.map(([name]) => name)).toEqual([
		'X-Content-Type-Options',
		'X-Frame-Options',
		'Content-Security-Policy',
		'Referrer-Policy',
		'Permissions-Policy',
		'Cross-Origin-Opener-Policy',
		'Cross-Origin-Resource-Policy'
	]);
});

test('every page, asset and 404 carries every README header and no CORS wildcard', async () => {
	const chunk = readdirSync('build/_app/immutable/entry')[0];
	const paths = ['/', '/new', '/rates/2023.json', '/favicon.svg', `/_app/immutable/entry/${chunk}`];
	for (const path of [...paths, '/no-such-page']) {
		const res = await get(path);
		expect(res.status, path).toBe(path === '/no-such-page' ? 404 : 200);
		for (const [name, value] of README_HEADERS) {
			if (name === 'Content-Security-Policy') {
				expect(res.headers.get(name), `${path} ${name}`).toContain(value);
			} else expect(res.headers.get(name), `${path} ${name}`).toBe(value);
		}
		expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
	}
});

test('an embed may be framed by any site; a path that only looks like one may not', async () => {
	mkdirSync('build/embed/preview-test', { recursive: true });
	writeFileSync('build/embed/preview-test/money.html', '<!doctype html><p>embed</p>');
	try {
		const embed = await get('/embed/preview-test/money');
		expect(embed.status).toBe(200);
		expect(embed.headers.get('content-security-policy')).toBe('frame-ancestors *');
		expect(embed.headers.get('x-frame-options')).toBeNull();
		expect(embed.headers.get('x-content-type-options')).toBe('nosniff');
		// `..%2F` decodes to a parent segment: the page served is /new, with /new's headers.
		const sneaky = await get('/embed/..%2Fnew');
		expect(sneaky.status).toBe(200);
		expect(sneaky.headers.get('x-frame-options')).toBe('DENY');
		expect(sneaky.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
	} finally {
		rmSync('build/embed', { recursive: true, force: true });
	}
});

test('a chunk written after the server started is served, and each page has its own ETag', async () => {
	const name = `build/_app/immutable/chunks/preview-test-${Date.now()}.js`;
	writeFileSync(name, 'export const rebuilt = true;\n');
	try {
		const res = await get(name.slice('build'.length));
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
		expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	} finally {
		rmSync(name);
	}
	const [home, paste] = await Promise.all([get('/'), get('/new')]);
	const etag = home.headers.get('etag');
	expect(etag).toBeTruthy();
	expect(paste.headers.get('etag')).not.toBe(etag);
	expect(home.headers.get('cache-control')).toBe('no-cache');
	expect((await get('/', { 'if-none-match': etag! })).status).toBe(304);
});
