// With several writers on PostgreSQL, change numbers must follow commit order, so a pull can never
// see change N+1 while N is still uncommitted (and then skip N for good).
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { pullChanges } from '../../server/storage/changes';
import { createPostgresStorage } from '../../server/storage/postgres';
import type { Storage } from '../../server/storage/types';
import { createPgDatabase } from './helpers';

describe('change order on PostgreSQL', () => {
  let a: Storage;
  let b: Storage;

  beforeAll(async () => {
    const url = await createPgDatabase(inject('pgUrl'), 'ordering');
    // Two storages = two service instances with their own pools.
    a = createPostgresStorage(url, 3);
    b = createPostgresStorage(url, 3);
    await Promise.all([a.migrate(), b.migrate()]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  const seqs = async (s: Storage) => (await pullChanges(s.db, { role: 'admin', unitId: 'x' }, 0, 100)).changes.map((c) => c.seq);

  it('holds a later writer until the earlier one commits; readers see only a gap-free prefix', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let numbered!: () => void;
    const firstNumbered = new Promise<void>((r) => (numbered = r));
    const first = a.write(async (tx) => {
      const seq = await tx.change({ entity: 'unit', entityId: 'first', data: {} });
      numbered();
      await held;
      return seq;
    });
    await firstNumbered;
    let secondRan = false;
    const second = b.write(async (tx) => {
      secondRan = true;
      return tx.change({ entity: 'unit', entityId: 'second', data: {} });
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(secondRan).toBe(false);
    expect(await seqs(a)).toEqual([]);
    expect(await seqs(b)).toEqual([]);
    release();
    expect(await first).toBe(1);
    expect(await second).toBe(2);
    expect(await seqs(b)).toEqual([1, 2]);
  });

  it('numbers many concurrent writers from two instances without gaps, in commit order', async () => {
    const start = (await seqs(a)).length;
    const writes = Array.from({ length: 40 }, (_, i) =>
      (i % 2 ? a : b).write(async (tx) => {
        const seq = await tx.change({ entity: 'unit', entityId: `w${i}`, data: { i } });
        return seq;
      }),
    );
    const observed: number[][] = [];
    let done = false;
    const all = Promise.all(writes).finally(() => (done = true));
    while (!done) observed.push(await seqs(b));
    await all;
    observed.push(await seqs(b));
    for (const view of observed) expect(view).toEqual(Array.from({ length: view.length }, (_, i) => i + 1));
    expect(observed[observed.length - 1]).toHaveLength(start + 40);
  });
});
