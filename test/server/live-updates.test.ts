// Live updates: one change watcher per service instance fans out to every open page, and on
// PostgreSQL a change written through another instance wakes it by NOTIFY (no polling needed).
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ChangeWatcher } from '../../server/dashboard/change-watcher';
import { createPostgresStorage } from '../../server/storage/postgres';
import type { Storage } from '../../server/storage/types';
import { createPgDatabase, seedUnits } from '../storage/helpers';
import { upsertUnits } from '../../server/storage/units';

/** Waits for a condition, checking often; fails after a generous bound instead of sleeping a fixed time. */
async function until(check: () => boolean | Promise<boolean>, what: string, bound = 20_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > bound) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const touchUnit = (s: Storage) => s.write((tx) => upsertUnits(tx, [{ id: `u-${randomUUID().slice(0, 8)}`, name: 'New unit', aliases: [] }], 'test'));

describe('change watcher', () => {
  const open: Storage[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  it('on PostgreSQL hears a change made through another instance by NOTIFY, one reader for many pages', async () => {
    const url = await createPgDatabase(inject('pgUrl'), 'live');
    const a = createPostgresStorage(url, 2);
    const b = createPostgresStorage(url, 2);
    open.push(a, b);
    await a.migrate();
    await seedUnits(a);
    // Polling an hour apart: only a notification can wake this watcher within the test.
    const watcher = new ChangeWatcher(a, 3_600_000);
    const start = await watcher.current();
    const heard: number[][] = [[], [], []];
    const offs = heard.map((list) => watcher.subscribe((seq) => list.push(seq)));
    const readsBefore = watcher.reads;
    // The LISTEN connection is set up in the background: write until the first notification lands.
    await until(async () => {
      await touchUnit(b);
      return heard[0].length > 0;
    }, 'a notification from the other instance');
    expect(heard[0][0]).toBeGreaterThan(start);
    await until(() => heard.every((l) => l.length === heard[0].length), 'every page to hear it');
    const seen = heard[0].length;
    const reads = watcher.reads - readsBefore;
    // One read per notification for all three listeners, not one per listener.
    expect(reads).toBeLessThan(seen * 3);
    await touchUnit(b);
    await until(() => heard[0].length > seen, 'the next change');
    offs.forEach((off) => off());
  });

  it('on SQLite polls once per tick for every page', async () => {
    const { createSqliteStorage } = await import('../../server/storage/sqlite');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const s = createSqliteStorage(join(mkdtempSync(join(tmpdir(), 'live-')), 'c.db'));
    open.push(s);
    await s.migrate();
    const watcher = new ChangeWatcher(s, 20);
    await watcher.current();
    const heard: number[][] = Array.from({ length: 5 }, () => []);
    const offs = heard.map((list) => watcher.subscribe((seq) => list.push(seq)));
    const before = watcher.reads;
    await touchUnit(s);
    await until(() => heard.every((l) => l.length === 1), 'every page to hear the change');
    const ticks = watcher.reads - before;
    await until(() => watcher.reads - before > ticks + 3, 'a few more ticks');
    // Five listeners, each tick one read: reads grow with time, not with the number of pages.
    expect(heard.every((l) => l.length === 1)).toBe(true);
    offs.forEach((off) => off());
    const stopped = watcher.reads;
    await new Promise((r) => setTimeout(r, 100));
    expect(watcher.reads).toBe(stopped);
  });
});
