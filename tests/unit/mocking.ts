/**
 * Test files that use `vi.mock`. The unit project shares one module graph per worker (vite.config.ts,
 * `isolate: false`), where a mock would leak into the files after it; these run in a graph of their own.
 */
export const MOCKING = ['tests/unit/paste/front-matter.test.ts'];
