import { describe, expect, it } from 'vitest';
import { resolvedPath, SECURITY_HEADERS, securityHeaders } from '../../../src/host/headers';

describe('resolvedPath', () => {
	it.each([
		['/', '/'],
		['/new', '/new'],
		['/articles/a/', '/articles/a/'],
		['/embed/..%2Fnew', '/new'],
		['/embed/%2e%2e/new', '/new'],
		['/a/./b//c', '/a/b/c'],
		['/../../etc/passwd', '/etc/passwd'],
		['/%E2%80%AE', '/\u202e']
	])('%s is %s', (raw, resolved) => expect(resolvedPath(raw)).toBe(resolved));

	it('a path that does not decode is null', () => expect(resolvedPath('/%E0%A4%A')).toBeNull());
});

describe('securityHeaders', () => {
	it.each(['/', '/new', '/articles/x', '/embedded', '/embed', '/embed/..%2Fnew', '/%zz'])(
		'%s is refused to every framer',
		(path) => expect(securityHeaders(path)).toEqual(SECURITY_HEADERS)
	);

	it.each(['/embed/afp/money', '/embed/a/../b/share'])('%s may be framed by any site', (path) => {
		const headers = securityHeaders(path);
		expect(headers['X-Frame-Options']).toBeUndefined();
		expect(headers['Content-Security-Policy']).toBe('frame-ancestors *');
		expect(headers['Cross-Origin-Resource-Policy']).toBe('cross-origin');
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
		expect(headers['Referrer-Policy']).toBe(SECURITY_HEADERS['Referrer-Policy']);
	});
});
