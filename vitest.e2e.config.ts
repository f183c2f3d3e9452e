import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension, against a real service process.
// They need `wxt build` first (npm test does it). Two files run at once: each has its own browser
// profile, service process, port and database, and most of a file's time is spent waiting on them.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
