/**
 * Serves a prerendered build the way a static host or CDN does, as connect-style middleware: the
 * security headers of `headers.ts` on every response, files read at request time (a rebuild is
 * served at once, new chunks included), an ETag per file from its content, `/_app/immutable/`
 * cached for a year and everything else revalidated, text gzipped when the client accepts it.
 * `/a` resolves to `a`, `a.html` or `a/index.html`; anything else is passed on with `next()`.
 * Node only. Used by `npm run preview` (through `preview.ts`) and by the bench's server.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolvedPath, securityHeaders } from './headers.ts';

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

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

const TEXT = /^(?:text\/|application\/json|image\/svg)/;

/** The request path below `base`, or null when the request is not for this site. */
function below(url: string | undefined, base: string): string | null {
	let path: string;
	try {
		path = new URL(url ?? '/', 'http://x').pathname;
	} catch {
		return null;
	}
	if (!base) return path;
	return path === base || path.startsWith(`${base}/`) ? path.slice(base.length) || '/' : null;
}

/** Sets the security headers on every response under `base`, then passes the request on. */
export function headersMiddleware(base = ''): Middleware {
	return (req, res, next) => {
		const path = below(req.url, base);
		for (const [name, value] of Object.entries(securityHeaders(path ?? '/'))) {
			res.setHeader(name, value);
		}
		next();
	};
}

function fileStats(path: string): Stats | null {
	try {
		const stats = statSync(path);
		return stats.isFile() ? stats : null;
	} catch {
		return null; // missing, a directory, or a name the file system refuses (NUL)
	}
}

interface Cached {
	key: string;
	etag: string;
	gzip?: Buffer;
}

/** Serves the files in `dir` for requests under `base`; headers come from `headersMiddleware`. */
export function staticFiles(dir: string, base = ''): Middleware {
	const root = resolve(dir);
	// Per file, keyed by size and mtime: a rebuilt file gets a new ETag and a new gzip.
	const cache = new Map<string, Cached>();
	return (req, res, next) => {
		const raw = below(req.url, base);
		const path = raw === null ? null : resolvedPath(raw);
		if (path === null || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
		const file = join(root, path); // resolvedPath removed every `..`: it stays inside root
		const hit = [file, `${file}.html`, join(file, 'index.html')]
			.map((f) => [f, fileStats(f)] as const)
			.find(([, stats]) => stats !== null);
		if (!hit) return next();
		const [found, stats] = hit;
		const key = `${stats!.size}:${stats!.mtimeMs}`;
		let body: Buffer = readFileSync(found);
		let entry = cache.get(found);
		if (entry?.key !== key) {
			entry = { key, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
			cache.set(found, entry);
		}
		const type = MIME[extname(found)] ?? 'application/octet-stream';
		res.setHeader('Content-Type', type);
		res.setHeader('ETag', entry.etag);
		res.setHeader(
			'Cache-Control',
			path.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		);
		if (req.headers['if-none-match'] === entry.etag) {
			res.writeHead(304).end();
			return;
		}
		if (TEXT.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			body = entry.gzip ??= gzipSync(body);
			res.setHeader('Content-Encoding', 'gzip');
			res.setHeader('Vary', 'Accept-Encoding');
		}
		res.setHeader('Content-Length', body.length);
		res.writeHead(200).end(req.method === 'HEAD' ? undefined : body);
	};
}
