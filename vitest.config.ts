import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import SlowFirstSequencer from './test/setup/sequencer';

// Unit, DOM, storage (SQLite + PostgreSQL) and HTTP tests. The browser tests have their own config
// (vitest.e2e.config.ts) because they need the built extension.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{shared,server,extension,test}/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/e2e-firefox/**', 'node_modules/**', '.output/**'],
    globalSetup: ['test/setup/postgres.ts'],
    // Vitest's default leaves one core free, which on a 2-core CI machine runs the files one at a
    // time; most of a file's time is spent waiting on child processes, SQL and imports, so two at once
    // halve the wall time there. Every slow test carries its own generous timeout for a loaded machine.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The longest files start first, so none is left running alone at the end (test/setup/sequencer.ts).
    sequence: { sequencer: SlowFirstSequencer },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
