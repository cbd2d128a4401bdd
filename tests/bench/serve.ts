/**
 * A static file server for a prerendered build on a free port, serving it the way a static host or
 * CDN would, through the same middleware as `npm run preview` (src/host/static.ts): the site's
 * security headers on every response, text gzipped, /_app/immutable/ cached for a year and
 * everything else revalidated. Missing files are 404. Shared by the browser, Lighthouse and paste
 * benches.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { headersMiddleware, staticFiles } from '../../src/host/static';

/** Serves `dir` on 127.0.0.1 at a free port; `url` is the site root, with a trailing slash. */
export async function serveStatic(
	dir: string
): Promise<{ url: string; close: () => Promise<void> }> {
	const headers = headersMiddleware();
	const files = staticFiles(dir);
	const server: Server = createServer((req, res) => {
		headers(req, res, () =>
			files(req, res, () => {
				res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			})
		);
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
