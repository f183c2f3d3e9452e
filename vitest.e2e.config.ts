import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension, against a real service process.
// They need `wxt build` first (npm test does it) and run one file at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
