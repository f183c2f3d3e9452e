/**
 * Acknowledgements pushed through the real service over HTTP, 100 a batch, against inserting the
 * same rows with the engine's own client (better-sqlite3 / pg), one statement a row and one
 * transaction a batch of 100. "The same rows" are every row the push writes for an
 * acknowledgement, read back after the push: the receipt, its change, its feed entries (the unit's
 * and the issuing office's), its audit entry and its applied-mutation record. Each batch is
 * pushed, then its rows are deleted and inserted again raw, so both sides of each pair run
 * moments apart under the same load (the machine is shared); prints raw time ÷ service time over
 * all the batches, i.e. service throughput ÷ raw throughput.
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

/** The engine's own client on the bench's database: deletes a batch's rows (not timed) and inserts them again (timed). */
interface Raw {
  remove(batch: RawBatch): Promise<void>;
  /** Inserts the batch's rows, one statement a row, in one transaction; returns the ms it took. */
  insert(batch: RawBatch): Promise<number>;
  close(): Promise<void>;
}

function rawSqlite(file: string): Raw {
  const conn = new Sqlite(file);
  conn.pragma('journal_mode = WAL');
  conn.pragma('foreign_keys = ON');
  conn.pragma('synchronous = NORMAL');
  conn.pragma('busy_timeout = 5000');
  const key: Record<string, string> = { acks: 'id', changes: 'seq', audit: 'seq', applied_mutations: 'id' };
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
    async remove(b) {
      conn.transaction(() => {
        for (const { table, rows } of b) {
          if (table === 'feed') rows.forEach((r) => conn.prepare('delete from feed where feed = ? and seq = ?').run(r.feed, r.seq));
          else rows.forEach((r) => conn.prepare(`delete from "${table}" where "${key[table]}" = ?`).run(r[key[table]]));
        }
      })();
    },
    async insert(b) {
      for (const { table, rows } of b) insertOf(table, rows);
      const insertBatch = conn.transaction(() => {
        for (const { table, rows } of b) for (const r of rows) statements.get(table)!.run(r);
      });
      const t = now();
      insertBatch();
      return now() - t;
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
    async remove(b) {
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
    close: () => client.end(),
  };
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
    const raw = engine === 'sqlite' ? rawSqlite(db.file!) : await rawPostgres(db.databaseUrl!);
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
      // Each batch pushed, then the rows it wrote deleted and inserted again raw, so the two sides
      // of each pair run moments apart, under the same load on this shared machine.
      for (const b of bodies.slice(1)) {
        const t = now();
        await push(b.body);
        serviceTimes.push(now() - t);
        const [rows] = await rowsOfPushes(db, [b.ids]);
        rowCount += rows.reduce((n, t) => n + t.rows.length, 0);
        await raw.remove(rows);
        rawTimes.push(await raw.insert(rows));
      }
    } finally {
      client.close();
      await raw.close();
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
