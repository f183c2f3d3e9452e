import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit, DOM, storage (SQLite + PostgreSQL) and HTTP tests. The browser tests have their own config
// (vitest.e2e.config.ts) because they need the built extension.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{shared,server,extension,test}/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/e2e-firefox/**', 'node_modules/**', '.output/**'],
    globalSetup: ['test/setup/postgres.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
