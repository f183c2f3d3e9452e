import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { createKyselyStorage } from './kysely-storage';
import { CHANGES_CHANNEL } from './migrations/0007_task_review';
import { prepared } from './prepared';
import type { Database, Storage } from './types';

const INT8 = 20;

// Sequence numbers and counts are int8; they stay far below 2^53, so parse them as numbers.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

const lockCounter = prepared(0, (db) => db.selectFrom('counters').select('value').where('name', '=', 'seq').forUpdate());

/**
 * Shared engine for several service instances, on DATABASE_URL: a pool for reads and a small one for
 * the writer queue. Reads never take the counter's lock and never wait for a connection that a
 * writer holds while it waits for that lock.
 */
export function createPostgresStorage(url: string, poolSize = 10): Storage {
  const readPool = new pg.Pool({ connectionString: url, max: poolSize, types });
  // Writes are queued in this process, so one connection does; a second lets the migrator's own
  // lock connection coexist with its transaction.
  const writePool = new pg.Pool({ connectionString: url, max: 2, types });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: readPool }) });
  const writeDb = new Kysely<Database>({ dialect: new PostgresDialect({ pool: writePool }) });
  // Listening connections (one per watching service instance), ended with the storage.
  const listeners = new Set<pg.Client>();
  const storage = createKyselyStorage(db, writeDb, {
    engine: 'postgres',
    onClose: async () => {
      await Promise.all([...listeners].map((l) => l.end().catch(() => undefined)));
    },
    // Every writer locks the one counter row first and keeps the lock until it commits, so a change
    // numbered N+1 can only be written after the transaction holding N has committed: a pull never
    // sees N+1 without N (no change that commits late is skipped). Readers take no lock at all.
    lockForWrite: async (trx) => {
      const [row] = (await lockCounter(trx)).rows;
      if (!row) throw new Error('the change counter is missing');
      return Number(row.value);
    },
  });
  return {
    ...storage,
    async listenForChanges(onNotify) {
      const client = new pg.Client({ connectionString: url });
      // A dropped connection stops notifications; the watcher's slow poll still sees changes.
      client.on('error', () => undefined);
      client.on('notification', (n) => n.channel === CHANGES_CHANNEL && onNotify());
      await client.connect();
      listeners.add(client);
      await client.query(`LISTEN ${client.escapeIdentifier(CHANGES_CHANNEL)}`);
      return async () => {
        listeners.delete(client);
        await client.end().catch(() => undefined);
      };
    },
  };
}
