// The build tests: each copies the project to a temp folder and runs `vite build` there, so they
// are slow and kept out of `npm run test:unit`. Run with `vitest run --config vitest.build.config.ts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/build/**/*.test.ts'],
		environment: 'node',
		testTimeout: 240_000,
		hookTimeout: 240_000
	}
});
