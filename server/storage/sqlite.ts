import Sqlite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import { createKyselyStorage } from './kysely-storage';
import { prepared } from './prepared';
import type { Database, Storage } from './types';

function connect(file: string): Sqlite.Database {
  const conn = new Sqlite(file);
  conn.pragma('journal_mode = WAL');
  conn.pragma('foreign_keys = ON');
  // The admin CLI is another process writing to the same file: wait for its lock, don't fail. Within
  // this process writes are queued, so the wait is only ever for another process.
  conn.pragma('busy_timeout = 5000');
  conn.pragma('synchronous = NORMAL');
  return conn;
}

/**
 * The connection with its prepared statements kept by SQL text (the most recent `size`): Kysely
 * prepares every query anew, and for the small statements a push is made of, preparing costs about
 * as much as running them. Safe to reuse: each connection runs one query at a time.
 */
function withStatementCache(conn: Sqlite.Database, size = 256): SqliteDatabase {
  const cache = new Map<string, Sqlite.Statement>();
  return {
    close: () => conn.close(),
    prepare(sql) {
      let stmt = cache.get(sql);
      if (stmt) cache.delete(sql);
      else stmt = conn.prepare(sql);
      cache.set(sql, stmt);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
      return stmt;
    },
  };
}

const lockCounter = prepared(0, (db) =>
  db
    .updateTable('counters')
    .set((eb) => ({ value: eb.ref('value') }))
    .where('name', '=', 'seq')
    .returning('value'),
);

/**
 * The embedded engine: one SQLite file in WAL mode, with two connections: one for the writer queue
 * and one for reads, which in WAL mode see the last commit and never wait for the writer.
 */
export function createSqliteStorage(file: string): Storage {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const writer = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connect(file)) }) });
  // An in-memory database exists once per connection: there, reads share the writer's.
  const reader = file === ':memory:' ? writer : new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connect(file)) }) });
  return createKyselyStorage(reader, writer, {
    engine: 'sqlite',
    // A write as the first statement takes SQLite's single write lock for the whole transaction
    // (a read first could not be upgraded to a write without risking SQLITE_BUSY).
    lockForWrite: async (trx) => {
      const [row] = (await lockCounter(trx)).rows;
      if (!row) throw new Error('the change counter is missing');
      return Number(row.value);
    },
  });
}
