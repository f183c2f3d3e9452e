/**
 * Acknowledgements pushed through the real service over HTTP, 100 a batch, against inserting the
 * same rows with the engine's own client (better-sqlite3 / pg), one statement a row and one
 * transaction a batch of 100. "The same rows" are every row the push writes for an
 * acknowledgement, read back after the push: the receipt, its change, its feed entries (the unit's
 * and the issuing office's), its audit entry and its applied-mutation record. Each batch is pushed,
 * then its rows are inserted raw, so both sides of each pair run moments apart under the same load
 * (the machine is shared); prints raw time ÷ service time over all the batches, i.e. service
 * throughput ÷ raw throughput.
 *
 * On SQLite the raw side writes into a twin of the service's database (an online backup taken
 * after the warm-up push), where the rows are new, as they were to the service: the same B-trees,
 * the same page splits, and neither side's page cache dropped by the other's writes. Neither timed
 * side runs a WAL checkpoint: the service runs them when its writer queue empties, after its
 * answer, and the bench waits for the service to answer a /healthz before it times the raw side, so
 * that checkpoint never overlaps the raw insert; the raw side checkpoints its twin after each
 * batch, untimed. On PostgreSQL each batch's rows are deleted (untimed) and inserted again.
 */
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { freshDb, type BenchDb } from './support/engines';
import type { Postgres } from './support/postgres';
import { httpClient } from './support/http-client';
import { startService } from './support/processes';
import { documentsOf, enrollmentCode, mutation, prepare, seedCirculated } from './support/seed';
import { enrollDevice } from './support/session';
import { median, now, report } from './support/stats';
import { randomUUID } from 'node:crypto';

const BATCH = 100;
const BATCHES = 60;
const GOAL = 0.25;
const UNIT = 'unit-00';

type Row = Record<string, unknown>;
/** One table's rows of one batch. */
interface TableRows {
  table: string;
  rows: Row[];
}
/** Every row a batch of pushed acknowledgements wrote, table by table, in insert order. */
type RawBatch = TableRows[];

/** The rows the counted pushes wrote, grouped by the batch of 100 that wrote them. */
async function rowsOfPushes(db: BenchDb, pushed: { ackId: string; mutationId: string }[][]): Promise<RawBatch[]> {
  const q = db.storage.db;
  const out: RawBatch[] = [];
  for (const batch of pushed) {
    const ackIds = batch.map((p) => p.ackId);
    const acks = await q.selectFrom('acks').selectAll().where('id', 'in', ackIds).execute();
    const changes = await q.selectFrom('changes').selectAll().where('entity', '=', 'ack').where('entity_id', 'in', ackIds).execute();
    const seqs = changes.map((c) => c.seq);
    const feed = await q.selectFrom('feed').selectAll().where('change_seq', 'in', seqs).execute();
    const audit = await q.selectFrom('audit').selectAll().where('entity', '=', 'ack').where('entity_id', 'in', ackIds).execute();
    const applied = await q.selectFrom('applied_mutations').selectAll().where('id', 'in', batch.map((p) => p.mutationId)).execute();
    if (acks.length !== batch.length || changes.length !== batch.length || audit.length !== batch.length || applied.length !== batch.length) {
      throw new Error('the push did not write one receipt, change, audit entry and record per acknowledgement');
    }
    out.push([
      { table: 'acks', rows: acks },
      { table: 'changes', rows: changes },
      { table: 'feed', rows: feed },
      { table: 'audit', rows: audit },
      { table: 'applied_mutations', rows: applied },
    ]);
  }
  return out;
}

const columnsOf = (rows: Row[]) => Object.keys(rows[0]);

/** The engine's own client: makes room for a batch's rows (not timed), inserts them (timed), tidies up after (not timed). */
interface Raw {
  before(batch: RawBatch): Promise<void>;
  /** Inserts the batch's rows, one statement a row, in one transaction; returns the ms it took. */
  insert(batch: RawBatch): Promise<number>;
  after(): Promise<void>;
  close(): Promise<void>;
}

/** Raw inserts into `twin`, a copy of the service's database (see the top of this file). */
function rawSqlite(twin: string): Raw {
  const conn = new Sqlite(twin);
  // The service's connection settings, except that this side checkpoints only in `after`.
  conn.pragma('journal_mode = WAL');
  conn.pragma('foreign_keys = ON');
  conn.pragma('synchronous = NORMAL');
  conn.pragma('busy_timeout = 5000');
  conn.pragma('wal_autocheckpoint = 0');
  const statements = new Map<string, Sqlite.Statement>();
  const insertOf = (table: string, rows: Row[]) => {
    let st = statements.get(table);
    if (!st) {
      const cols = columnsOf(rows);
      st = conn.prepare(`insert into "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) values (${cols.map((c) => `@${c}`).join(', ')})`);
      statements.set(table, st);
    }
    return st;
  };
  return {
    // The rows are not in the twin: nothing to make room for.
    async before() {},
    async insert(b) {
      for (const { table, rows } of b) insertOf(table, rows);
      const insertBatch = conn.transaction(() => {
        for (const { table, rows } of b) for (const r of rows) statements.get(table)!.run(r);
      });
      const t = now();
      insertBatch();
      return now() - t;
    },
    async after() {
      conn.pragma('wal_checkpoint(PASSIVE)');
    },
    async close() {
      conn.close();
    },
  };
}

async function rawPostgres(url: string): Promise<Raw> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async before(b) {
      await client.query('begin');
      for (const { table, rows } of b) {
        if (table === 'feed') await client.query('delete from feed where change_seq = any($1)', [rows.map((r) => r.change_seq)]);
        else {
          const key = table === 'changes' || table === 'audit' ? 'seq' : 'id';
          await client.query(`delete from "${table}" where "${key}" = any($1)`, [rows.map((r) => r[key])]);
        }
      }
      await client.query('commit');
    },
    async insert(b) {
      const t = now();
      await client.query('begin');
      for (const { table, rows } of b) {
        const cols = columnsOf(rows);
        const text = `insert into "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')})`;
        for (const r of rows) await client.query({ name: `raw-${table}`, text, values: cols.map((c) => r[c]) });
      }
      await client.query('commit');
      return now() - t;
    },
    async after() {},
    close: () => client.end(),
  };
}

/** A consistent copy of the live database beside it (SQLite's online backup), for the raw side. */
async function twinOf(file: string): Promise<string> {
  const twin = `${file}.raw`;
  const conn = new Sqlite(file, { readonly: true });
  try {
    await conn.backup(twin);
  } finally {
    conn.close();
  }
  return twin;
}

export async function runAckPushBench(engine: 'sqlite' | 'postgres', pgServer: Postgres | string) {
  const name = `ack-push/raw-insert ${engine}`;
  if (engine === 'postgres' && typeof pgServer === 'string') {
    console.log(`${name}: skipped (${pgServer})`);
    return;
  }
  const db = await freshDb(engine, pgServer, 'ackpush');
  try {
    const world = await prepare(db.storage);
    await seedCirculated(db.storage, world, UNIT, (BATCHES + 1) * BATCH, db.file);
    const docs = await documentsOf(db.storage.db, UNIT);
    const code = await enrollmentCode(db.storage, 'recipient', UNIT);
    const service = await startService(db);
    const serviceTimes: number[] = [];
    const rawTimes: number[] = [];
    let rowCount = 0;
    let raw: Raw | undefined;
    const client = httpClient();
    try {
      const token = await enrollDevice(service.url, code);
      // Bodies are made before the clock starts: the client's own work is not the service's.
      const bodies = Array.from({ length: BATCHES + 1 }, (_, b) => {
        const mutations = docs.slice(b * BATCH, (b + 1) * BATCH).map((documentId) => mutation('ack.create', { id: randomUUID(), documentId }));
        return { body: JSON.stringify({ mutations }), ids: mutations.map((m) => ({ ackId: (m.payload as { id: string }).id, mutationId: m.id })) };
      });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      const push = async (body: string) => {
        const res = await client.send('POST', `${service.url}/sync/push`, headers, body);
        const { results } = JSON.parse(res.text) as { results: { status: string }[] };
        if (res.status !== 200 || results.some((r) => r.status !== 'applied')) throw new Error(`ack push answered ${res.status}`);
      };
      await push(bodies[0].body); // warm-up, not counted
      raw = engine === 'sqlite' ? rawSqlite(await twinOf(db.file!)) : await rawPostgres(db.databaseUrl!);
      // Each batch pushed, then the rows it wrote deleted and inserted again raw, so the two sides
      // of each pair run moments apart, under the same load on this shared machine.
      for (const b of bodies.slice(1)) {
        const t = now();
        await push(b.body);
        serviceTimes.push(now() - t);
        // Answered once the service is idle again (after a checkpoint its queue may have run).
        await client.send('GET', `${service.url}/healthz`, {});
        const [rows] = await rowsOfPushes(db, [b.ids]);
        rowCount += rows.reduce((n, t) => n + t.rows.length, 0);
        await raw.before(rows);
        rawTimes.push(await raw.insert(rows));
        await raw.after();
      }
    } finally {
      client.close();
      await raw?.close();
      await service.stop();
    }
    await db.storage.close();
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const [serviceMs, rawMs] = [total(serviceTimes), total(rawTimes)];
    // Throughput over all the pairs; a single batch's ratio swings with whichever side a WAL
    // checkpoint or another process's burst happened to land on, so their median is shown beside it.
    report(
      name,
      rawMs / serviceMs,
      `goal ≥ ${GOAL}; ${BATCHES * BATCH} acks in ${(serviceMs / 1000).toFixed(2)} s through HTTP, their ${rowCount} rows in ${(rawMs / 1000).toFixed(2)} s raw; ` +
        `median of the ${BATCHES} batch ratios ${median(rawTimes.map((raw, i) => raw / serviceTimes[i])).toFixed(2)}`,
    );
  } finally {
    await db.dispose();
  }
}
