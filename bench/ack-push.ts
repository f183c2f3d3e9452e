/**
 * Acknowledgements pushed through the real service over HTTP, 100 a batch, against inserting the
 * same rows into the same table with the engine's own client (better-sqlite3 / pg), 100 a
 * transaction. Prints service throughput ÷ raw throughput.
 */
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { freshDb } from './support/engines';
import type { Postgres } from './support/postgres';
import { startService } from './support/processes';
import { documentsOf, enrollmentCode, mutation, prepare, seedCirculated } from './support/seed';
import { enrollDevice } from './support/session';
import { now, report } from './support/stats';
import { randomUUID } from 'node:crypto';

const BATCH = 100;
const BATCHES = 20;
const GOAL = 0.25;
const UNIT = 'unit-00';

interface AckRow {
  id: string;
  document_id: string;
  unit_id: string;
  user_id: string;
  at: string;
  server_at: string;
}

async function rawSqlite(file: string, rows: AckRow[]): Promise<number> {
  const conn = new Sqlite(file);
  try {
    conn.pragma('journal_mode = WAL');
    conn.pragma('foreign_keys = ON');
    conn.pragma('synchronous = NORMAL');
    const del = conn.prepare('delete from acks where id = ?');
    conn.transaction(() => rows.forEach((r) => del.run(r.id)))();
    const ins = conn.prepare('insert into acks (id, document_id, unit_id, user_id, at, server_at) values (@id, @document_id, @unit_id, @user_id, @at, @server_at)');
    const batch = conn.transaction((part: AckRow[]) => part.forEach((r) => ins.run(r)));
    const t = now();
    for (let i = 0; i < rows.length; i += BATCH) batch(rows.slice(i, i + BATCH));
    return now() - t;
  } finally {
    conn.close();
  }
}

async function rawPostgres(url: string, rows: AckRow[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('delete from acks where id = any($1)', [rows.map((r) => r.id)]);
    const t = now();
    for (let i = 0; i < rows.length; i += BATCH) {
      await client.query('begin');
      for (const r of rows.slice(i, i + BATCH)) {
        await client.query({
          name: 'ack-insert',
          text: 'insert into acks (id, document_id, unit_id, user_id, at, server_at) values ($1, $2, $3, $4, $5, $6)',
          values: [r.id, r.document_id, r.unit_id, r.user_id, r.at, r.server_at],
        });
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
    await seedCirculated(db.storage, world, UNIT, (BATCHES + 1) * BATCH, db.file);
    const docs = await documentsOf(db.storage.db, UNIT);
    const code = await enrollmentCode(db.storage, 'recipient', UNIT);
    const service = await startService(db);
    let serviceMs = 0;
    try {
      const token = await enrollDevice(service.url, code);
      const push = async (part: string[]) => {
        const res = await fetch(`${service.url}/sync/push`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ mutations: part.map((documentId) => mutation('ack.create', { id: randomUUID(), documentId })) }),
        });
        const { results } = (await res.json()) as { results: { status: string }[] };
        if (res.status !== 200 || results.some((r) => r.status !== 'applied')) throw new Error(`ack push answered ${res.status}`);
      };
      await push(docs.slice(0, BATCH)); // warm-up, not counted
      const t = now();
      for (let b = 1; b <= BATCHES; b++) await push(docs.slice(b * BATCH, (b + 1) * BATCH));
      serviceMs = now() - t;
    } finally {
      await service.stop();
    }
    const counted = new Set(docs.slice(BATCH, (BATCHES + 1) * BATCH));
    const rows = (await db.storage.db.selectFrom('acks').selectAll().where('unit_id', '=', UNIT).execute()).filter((r) => counted.has(r.document_id));
    await db.storage.close();
    const rawMs = engine === 'sqlite' ? await rawSqlite(db.file!, rows) : await rawPostgres(db.databaseUrl!, rows);
    report(name, rawMs / serviceMs, `goal ≥ ${GOAL}; ${rows.length} acks: ${serviceMs.toFixed(0)} ms through HTTP, ${rawMs.toFixed(0)} ms raw`);
  } finally {
    await db.dispose();
  }
}
