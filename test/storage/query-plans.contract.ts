import { randomUUID } from 'node:crypto';
import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circulatedDocumentOwner } from '../../server/storage/circulations';
import { feedRange, globalRange, pullChanges, recordsQuery } from '../../server/storage/feed';
import type { Database, Storage } from '../../server/storage/types';
import { pushMutations } from '../../server/sync/push';
import { ack, circulate, docPut, makeUser, seedUnits } from './helpers';

/** The plan of a query on this engine, one line per step. */
async function planOf(storage: Storage, query: Compilable): Promise<string> {
  const { sql, parameters } = query.compile();
  if (storage.engine === 'sqlite') {
    const r = await storage.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${sql}`, [...parameters]));
    return r.rows.map((row) => row.detail).join('\n');
  }
  // With sequential scans priced out, PostgreSQL picks an index wherever one can serve the query,
  // so a sequential scan left in the plan means there is none (small test tables would otherwise
  // be scanned whole, which says nothing about large ones).
  return storage.db.connection().execute(async (conn: Kysely<Database>) => {
    await conn.executeQuery(CompiledQuery.raw('SET enable_seqscan = off'));
    try {
      const r = await conn.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`EXPLAIN ${sql}`, [...parameters]));
      return r.rows.map((row) => row['QUERY PLAN']).join('\n');
    } finally {
      await conn.executeQuery(CompiledQuery.raw('SET enable_seqscan = on'));
    }
  });
}

/** A full scan of one of the named tables, in either engine's words. */
const fullScan = (plan: string, tables: string[]) =>
  plan.split('\n').find((line) => tables.some((t) => new RegExp(`^\\s*(->\\s*)?(SCAN ${t}\\b|Seq Scan on ${t}\\b)`).test(line.trim()) || new RegExp(`(SCAN|Seq Scan on) ${t}\\b`).test(line))) ?? null;

/** The queries behind a pull read by index only; and reads do not wait for a writer. */
export function queryPlanContract(engine: string, open: () => Promise<Storage>) {
  describe(`pull queries and readers: ${engine}`, () => {
    let storage: Storage;
    let doc: string;
    beforeAll(async () => {
      storage = await open();
      await storage.migrate();
      await seedUnits(storage);
      const clerk = await makeUser(storage, 'clerk', 'office');
      const forestry = await makeUser(storage, 'recipient', 'forestry');
      for (let i = 0; i < 20; i++) {
        const d = randomUUID();
        doc ??= d;
        await pushMutations(storage, clerk, [docPut(d, `hash-plan-${i}`), circulate(d, i % 2 ? 'forestry' : 'water')]);
        if (i % 2) await pushMutations(storage, forestry, [ack(d)]);
      }
    });
    afterAll(async () => {
      await storage?.close();
    });

    const tables = ['feed', 'changes', 'document_versions'];

    it('reads a feed by (feed, seq), the global log by seq and records by primary key: no full scan', async () => {
      const queries: [string, Compilable][] = [
        ['unit feed', feedRange(storage.db, 'u:forestry', 3, 201)],
        ['owner feed', feedRange(storage.db, 'o:office', 0, 201)],
        ['everyone feed', feedRange(storage.db, '*', 0, 201)],
        ['global log', globalRange(storage.db, 5, 201)],
        ['records', recordsQuery(storage.db, [5, 6, 7, 8, 9])],
      ];
      for (const [name, q] of queries) {
        const plan = await planOf(storage, q);
        expect({ name, scan: fullScan(plan, tables) }).toEqual({ name, scan: null });
        expect(plan.length).toBeGreaterThan(0);
      }
      // The check itself can fail: a query with no usable index shows up as a full scan.
      const unindexed = storage.db.selectFrom('changes').select('seq').where('entity', '=', 'ack');
      expect(fullScan(await planOf(storage, unindexed), tables)).not.toBeNull();
    });

    it('checks a receipt against its circulation by index', async () => {
      const q = storage.db
        .selectFrom('circulations')
        .innerJoin('documents', 'documents.id', 'circulations.document_id')
        .select('documents.owner_unit_id')
        .where('circulations.document_id', '=', doc)
        .where('circulations.unit_id', '=', 'water');
      expect(fullScan(await planOf(storage, q), ['circulations', 'documents'])).toBeNull();
      expect(await circulatedDocumentOwner(storage.db, doc, 'water')).toBe('office');
    });

    it('serves pulls while a write transaction is open and holds the write lock', async () => {
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let locked!: () => void;
      const isLocked = new Promise<void>((r) => (locked = r));
      const writing = storage.write(async (tx) => {
        await tx.change({ entity: 'unit', entityId: 'held', data: {} });
        locked();
        await held;
      });
      await isLocked;
      try {
        const pulls = await Promise.all([
          pullChanges(storage.db, { role: 'recipient', unitId: 'forestry' }, 0, 100),
          pullChanges(storage.db, { role: 'clerk', unitId: 'office' }, 0, 100),
          pullChanges(storage.db, { role: 'supervisor', unitId: 'bureau' }, 0, 1000),
        ]);
        expect(pulls[0].changes.filter((c) => c.entity === 'ack')).toHaveLength(10);
        // The open transaction's change is not visible until it commits.
        expect(pulls[2].changes.some((c) => c.entity === 'unit' && (c.data as { id?: string }).id === 'held')).toBe(false);
      } finally {
        release();
        await writing;
      }
    });
  });
}
