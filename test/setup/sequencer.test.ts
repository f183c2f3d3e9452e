import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestSpecification } from 'vitest/node';
import SlowFirstSequencer, { SLOW_FIRST } from './sequencer';

// A clean clone's Vitest: no cache of earlier runs, so the base order is the order found.
const ctx = { config: { root: '/repo' }, cache: { getFileTestResults: () => undefined, getFileStats: () => undefined } };
const spec = (file: string) => ({ moduleId: `/repo/${file}`, project: { name: '', config: { sequence: { groupOrder: 0 }, isolate: true } } }) as unknown as TestSpecification;

describe('the unit tests order on a clean clone', () => {
  it('starts the known slow files first, longest first, and keeps the order of the rest', async () => {
    const found = ['shared/a.test.ts', 'test/extract/pages.test.ts', 'server/b.test.ts', 'test/proof/crash.sqlite.test.ts', 'test/proof/fuzz.postgres.test.ts', 'test/c.test.ts'];
    const sorted = await new SlowFirstSequencer(ctx as never).sort(found.map(spec));
    expect(sorted.map((s) => s.moduleId.slice('/repo/'.length))).toEqual([
      'test/proof/fuzz.postgres.test.ts',
      'test/proof/crash.sqlite.test.ts',
      'test/extract/pages.test.ts',
      'shared/a.test.ts',
      'server/b.test.ts',
      'test/c.test.ts',
    ]);
  });

  it('lists only files that exist, so a renamed one is not silently left to run last', () => {
    for (const [file] of SLOW_FIRST) expect(existsSync(join(import.meta.dirname, '../..', file)), file).toBe(true);
  });
});
