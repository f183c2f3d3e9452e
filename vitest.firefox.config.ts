import { defineConfig } from 'vitest/config';

// The built Firefox add-on in Debian's firefox-esr over WebDriver BiDi, against a real service
// process. It needs `wxt build -b firefox` first (npm test does it) and runs after the Chromium ones.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
