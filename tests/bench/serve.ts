/**
 * A static file server for a prerendered build, serving it the way a static host or CDN would:
 * the site's security headers (SECURITY_HEADERS in vite.config.ts) on every response, text gzipped
 * when the client accepts it, /_app/immutable/ cached for a year and everything else revalidated
 * (no-cache). `/a` resolves to `a`, `a.html` or `a/index.html`; paths outside the build are 403,
 * missing files 404. Shared by the browser, Lighthouse and paste benches.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SECURITY_HEADERS } from '../../vite.config';

export const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.csv': 'text/csv; charset=utf-8'
};

export function isFile(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

const TEXT = /^(?:text\/|application\/json|image\/svg)/;

const outside = (dir: string, path: string) => {
	const rel = relative(dir, path);
	return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
};

/** Serves `dir` on 127.0.0.1 at a free port; `url` is the site root, with a trailing slash. */
export async function serveStatic(
	dir: string
): Promise<{ url: string; close: () => Promise<void> }> {
	const root = resolve(dir);
	const gzipped = new Map<string, Buffer>();
	const server: Server = createServer((req, res) => {
		let path: string;
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		} catch {
			res.writeHead(400, { 'content-type': 'text/plain', ...SECURITY_HEADERS }).end('bad request');
			return;
		}
		const file = normalize(join(root, path));
		if (outside(root, file)) {
			res.writeHead(403, SECURITY_HEADERS).end();
			return;
		}
		const candidates = [file, `${file}.html`, join(file, 'index.html')];
		const hit = candidates.find((c) => !outside(root, c) && isFile(c));
		if (!hit) {
			res.writeHead(404, { 'content-type': 'text/plain', ...SECURITY_HEADERS }).end('not found');
			return;
		}
		const type = MIME[extname(hit)] ?? 'application/octet-stream';
		let body: Buffer = readFileSync(hit);
		const headers: Record<string, string | number> = {
			...SECURITY_HEADERS,
			'content-type': type,
			'cache-control': relative(root, hit).startsWith(`_app${sep}immutable${sep}`)
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
		if (TEXT.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			let gz = gzipped.get(hit);
			if (!gz) gzipped.set(hit, (gz = gzipSync(body)));
			body = gz;
			headers['content-encoding'] = 'gzip';
			headers['vary'] = 'Accept-Encoding';
		}
		headers['content-length'] = body.length;
		res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
	});
	await new Promise<void>((ok, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', ok);
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () =>
			new Promise<void>((ok) => {
				server.closeAllConnections();
				server.close(() => ok());
			})
	};
}
