import Sqlite from 'better-sqlite3';
import { closeSync, mkdirSync, openSync, readSync } from 'node:fs';
import { endianness } from 'node:os';
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

/**
 * Pages the WAL may reach before a commit checkpoints it itself (16 MB at 4 KB a page): only when
 * the writer queue stays busy for that long, since it checkpoints when it empties.
 */
const WAL_BOUND_PAGES = 4000;
/** Pages not yet copied back that make an idle checkpoint worth its two syncs: SQLite's own default. */
const IDLE_CHECKPOINT_PAGES = 1000;

/**
 * The WAL's frames not yet copied into the database, read from the wal-index header in the -shm
 * file (mxFrame at byte 16, nBackfill at byte 96, in the machine's byte order; sqlite.org/walformat.html).
 * A read costs a few microseconds; undefined when there is nothing to read.
 */
function pendingWalFrames(shm: string): number | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(shm, 'r');
    const header = Buffer.alloc(100);
    if (readSync(fd, header, 0, 100, 0) < 100) return undefined;
    const u32 = (at: number) => (endianness() === 'LE' ? header.readUInt32LE(at) : header.readUInt32BE(at));
    return u32(16) - u32(96);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A PASSIVE checkpoint when the writer queue empties and the WAL holds IDLE_CHECKPOINT_PAGES not yet
 * copied back: as often as SQLite's automatic one ran, but between writes instead of in one's
 * commit. PASSIVE copies what no reader still needs, waits for nobody, and is skipped (busy) while
 * another process checkpoints.
 */
function idleCheckpoint(conn: Sqlite.Database, file: string): () => void {
  return () => {
    if (!conn.open || (pendingWalFrames(`${file}-shm`) ?? 0) < IDLE_CHECKPOINT_PAGES) return;
    try {
      conn.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Tried again when the queue next empties; the automatic checkpoint bounds the WAL meanwhile.
    }
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
  const writeConn = connect(file);
  // WAL checkpoints off the write path. SQLite's automatic one runs in the commit that takes the
  // WAL past 1 000 pages, and that commit (a push's) took 15–57 ms instead of 1–4 ms: the pages are
  // copied into the database and both files synced. Here the writer queue runs one when it empties
  // instead (onIdle), after its callers have their answers; the automatic one is kept, later, as
  // the WAL's bound for a queue that never empties.
  writeConn.pragma(`wal_autocheckpoint = ${WAL_BOUND_PAGES}`);
  const writer = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(writeConn) }) });
  // An in-memory database exists once per connection: there, reads share the writer's.
  const reader = file === ':memory:' ? writer : new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connect(file)) }) });
  return createKyselyStorage(reader, writer, {
    engine: 'sqlite',
    onIdle: file === ':memory:' ? undefined : idleCheckpoint(writeConn, file),
    // A write as the first statement takes SQLite's single write lock for the whole transaction
    // (a read first could not be upgraded to a write without risking SQLITE_BUSY).
    lockForWrite: async (trx) => {
      const [row] = (await lockCounter(trx)).rows;
      if (!row) throw new Error('the change counter is missing');
      return Number(row.value);
    },
  });
}
