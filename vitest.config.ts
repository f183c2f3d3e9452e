import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import SlowFirstSequencer from './test/setup/sequencer';

/** The extractor's own tests: pure, and the bulk of the files. */
const EXTRACT = ['shared/extract/**/*.test.{ts,tsx}', 'test/extract/**/*.test.{ts,tsx}'];

// Unit, DOM, storage (SQLite + PostgreSQL) and HTTP tests. The browser tests have their own config
// (vitest.e2e.config.ts) because they need the built extension.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Two projects (each takes the options below; arrays such as include are set only in them, as
    // a project's arrays are added to the root's). The extractor's tests are pure functions over
    // text: they share one set of loaded modules per worker instead of loading the extractor again
    // for each of their ~180 files, which was most of their time. Everything else keeps a fresh
    // module graph per file, and PostgreSQL is started for it.
    projects: [
      {
        extends: true,
        // The hostile-input tests read runs of tens of thousands of characters through every
        // pattern: 1–4 s quiet, 40 s seen at a load of 17. Their timeout is there to catch a pattern
        // that never returns (catastrophic backtracking takes minutes), not a slow machine.
        test: { name: 'extract', include: EXTRACT, isolate: false, testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{shared,server,extension,test}/**/*.test.{ts,tsx}'],
          exclude: [...EXTRACT, 'test/e2e/**', 'test/e2e-firefox/**', 'node_modules/**', '.output/**'],
          globalSetup: ['test/setup/postgres.ts'],
          // These start processes (the service, the admin and extract commands, each compiled from
          // cold) and databases: on a 2-core machine busy with other work one such test has taken
          // 30–45 s, against 2–5 s quiet.
          testTimeout: 120_000,
        },
      },
    ],
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
