/**
 * Acknowledgements pushed through the real service over HTTP, 100 a batch, against inserting the
 * same rows with the engine's own client (better-sqlite3 / pg), one statement a row and one
 * transaction a batch of 100. "The same rows" are every row the push writes for an
 * acknowledgement, read back after the push: the receipt, its change, its feed entries (the unit's
 * and the issuing office's), its audit entry and its applied-mutation record. Prints service
 * throughput ÷ raw throughput.
 */
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { freshDb, type BenchDb } from './support/engines';
import type { Postgres } from './support/postgres';
import { startService } from './support/processes';
import { documentsOf, enrollmentCode, mutation, prepare, seedCirculated } from './support/seed';
import { enrollDevice } from './support/session';
import { median, now, report } from './support/stats';
import { randomUUID } from 'node:crypto';

const BATCH = 100;
const BATCHES = 20;
const ROUNDS = 3;
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

async function rawSqlite(file: string, batches: RawBatch[]): Promise<number> {
  const conn = new Sqlite(file);
  try {
    conn.pragma('journal_mode = WAL');
    conn.pragma('foreign_keys = ON');
    conn.pragma('synchronous = NORMAL');
    const key: Record<string, string> = { acks: 'id', changes: 'seq', audit: 'seq', applied_mutations: 'id' };
    conn.transaction(() => {
      for (const b of batches) {
        for (const { table, rows } of b) {
          if (table === 'feed') rows.forEach((r) => conn.prepare('delete from feed where feed = ? and seq = ?').run(r.feed, r.seq));
          else rows.forEach((r) => conn.prepare(`delete from "${table}" where "${key[table]}" = ?`).run(r[key[table]]));
        }
      }
    })();
    const statements = new Map<string, Sqlite.Statement>();
    for (const { table, rows } of batches[0]) {
      const cols = columnsOf(rows);
      statements.set(table, conn.prepare(`insert into "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) values (${cols.map((c) => `@${c}`).join(', ')})`));
    }
    const insertBatch = conn.transaction((b: RawBatch) => {
      for (const { table, rows } of b) for (const r of rows) statements.get(table)!.run(r);
    });
    const t = now();
    for (const b of batches) insertBatch(b);
    return now() - t;
  } finally {
    conn.close();
  }
}

async function rawPostgres(url: string, batches: RawBatch[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    for (const b of batches) {
      for (const { table, rows } of b) {
        if (table === 'feed') await client.query('delete from feed where change_seq = any($1)', [rows.map((r) => r.change_seq)]);
        else {
          const key = table === 'changes' || table === 'audit' ? 'seq' : 'id';
          await client.query(`delete from "${table}" where "${key}" = any($1)`, [rows.map((r) => r[key])]);
        }
      }
    }
    await client.query('commit');
    const t = now();
    for (const b of batches) {
      await client.query('begin');
      for (const { table, rows } of b) {
        const cols = columnsOf(rows);
        const text = `insert into "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')})`;
        for (const r of rows) await client.query({ name: `raw-${table}`, text, values: cols.map((c) => r[c]) });
      }
      await client.query('commit');
    }
    return now() - t;
  } finally {
    await client.end();
  }
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
    await seedCirculated(db.storage, world, UNIT, (ROUNDS * BATCHES + 1) * BATCH, db.file);
    const docs = await documentsOf(db.storage.db, UNIT);
    const code = await enrollmentCode(db.storage, 'recipient', UNIT);
    const service = await startService(db);
    const serviceTimes: number[] = [];
    const rawTimes: number[] = [];
    let rowCount = 0;
    try {
      const token = await enrollDevice(service.url, code);
      // Bodies are made before the clock starts: the client's own work is not the service's.
      const bodies = Array.from({ length: ROUNDS * BATCHES + 1 }, (_, b) => {
        const mutations = docs.slice(b * BATCH, (b + 1) * BATCH).map((documentId) => mutation('ack.create', { id: randomUUID(), documentId }));
        return { body: JSON.stringify({ mutations }), ids: mutations.map((m) => ({ ackId: (m.payload as { id: string }).id, mutationId: m.id })) };
      });
      const push = async (body: string) => {
        const res = await fetch(`${service.url}/sync/push`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        });
        const { results } = (await res.json()) as { results: { status: string }[] };
        if (res.status !== 200 || results.some((r) => r.status !== 'applied')) throw new Error(`ack push answered ${res.status}`);
      };
      await push(bodies[0].body); // warm-up, not counted
      // Rounds of pushes, each followed by the raw inserts of the rows it wrote (deleted first), so
      // both sides of each ratio run under the same load on this shared machine; medians count.
      for (let r = 0; r < ROUNDS; r++) {
        const round = bodies.slice(1 + r * BATCHES, 1 + (r + 1) * BATCHES);
        const t = now();
        for (const b of round) await push(b.body);
        serviceTimes.push(now() - t);
        const batches = await rowsOfPushes(db, round.map((b) => b.ids));
        rowCount = batches.flat().reduce((n, t) => n + t.rows.length, 0);
        rawTimes.push(engine === 'sqlite' ? await rawSqlite(db.file!, batches) : await rawPostgres(db.databaseUrl!, batches));
      }
    } finally {
      await service.stop();
    }
    await db.storage.close();
    const serviceMs = median(serviceTimes);
    const rawMs = median(rawTimes);
    report(
      name,
      median(rawTimes.map((raw, i) => raw / serviceTimes[i])),
      `goal ≥ ${GOAL}; ${BATCHES * BATCH} acks a round, median of ${ROUNDS}: ${serviceMs.toFixed(0)} ms through HTTP, ${rawMs.toFixed(0)} ms raw for the ${rowCount} rows they wrote`,
    );
  } finally {
    await db.dispose();
  }
}
