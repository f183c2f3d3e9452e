import Sqlite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { createKyselyStorage } from './kysely-storage';
import type { Database, Storage } from './types';

/** The embedded engine: one SQLite file in WAL mode. */
export function createSqliteStorage(file: string): Storage {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const conn = new Sqlite(file);
  conn.pragma('journal_mode = WAL');
  conn.pragma('foreign_keys = ON');
  // The admin CLI writes to the same file while the service runs: wait for the lock, don't fail.
  conn.pragma('busy_timeout = 5000');
  conn.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: conn }) });
  return createKyselyStorage(db, {
    engine: 'sqlite',
    // A write as the first statement takes SQLite's single write lock for the whole transaction
    // (a read first could not be upgraded to a write without risking SQLITE_BUSY).
    lockForWrite: async (trx) => {
      await trx.updateTable('counters').set((eb) => ({ value: eb.ref('value') })).where('name', '=', 'seq').execute();
    },
  });
}
