/**
 * 200 concurrent clients for BENCH_SECONDS (default 60) against the real service: on SQLite (one
 * process), and on PostgreSQL through two service processes sharing the database. Each client is
 * an enrolled recipient device of one of twenty units that, in a loop with no pause, pushes a read
 * receipt or an acknowledgement for a document circulated to its unit and pulls what is new since
 * its cursor. Prints throughput, p50 and p99 latency and errors; p99 is also given over the 1 s goal.
 */
import { randomUUID } from 'node:crypto';
import { lastSeq } from '../server/storage/changes';
import { freshDb } from './support/engines';
import type { Postgres } from './support/postgres';
import { startService, type Running } from './support/processes';
import { documentsOf, enrollmentCode, mutation, prepare, RECIPIENTS, seedDashboard } from './support/seed';
import { enrollDevice } from './support/session';
import { now, percentile, report, seconds } from './support/stats';

const CLIENTS = 200;
const DOCS = 2_000;

export async function runLoadBench(engine: 'sqlite' | 'postgres', pgServer: Postgres | string) {
  const instances = engine === 'postgres' ? 2 : 1;
  const duration = seconds(60);
  const name = `load ${engine} ${CLIENTS} clients${instances > 1 ? ', 2 instances' : ''} p99/1s`;
  if (engine === 'postgres' && typeof pgServer === 'string') {
    console.log(`${name}: skipped (${pgServer})`);
    return;
  }
  const db = await freshDb(engine, pgServer, 'load');
  const services: Running[] = [];
  try {
    const world = await prepare(db.storage);
    await seedDashboard(db.storage, world, DOCS, db.file);
    const docsOf = new Map<string, string[]>();
    for (const u of RECIPIENTS) docsOf.set(u, await documentsOf(db.storage.db, u));
    const codes: { unit: string; code: string }[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const unit = RECIPIENTS[i % RECIPIENTS.length];
      codes.push({ unit, code: await enrollmentCode(db.storage, 'recipient', unit) });
    }
    const head = await lastSeq(db.storage.db);
    await db.storage.close();
    for (let i = 0; i < instances; i++) services.push(await startService(db));

    const clients: { url: string; unit: string; token: string; cursor: number }[] = [];
    for (let i = 0; i < CLIENTS; i += 10) {
      const part = codes.slice(i, i + 10);
      const tokens = await Promise.all(part.map((c, j) => enrollDevice(services[(i + j) % instances].url, c.code)));
      part.forEach((c, j) => clients.push({ url: services[(i + j) % instances].url, unit: c.unit, token: tokens[j], cursor: head }));
    }

    const latencies: number[] = [];
    // Apart as well: pushes wait in the one writer queue, pulls do not.
    const byKind = { push: [] as number[], pull: [] as number[] };
    let errors = 0;
    const request = async (url: string, init: RequestInit) => {
      const t = now();
      const kind = url.includes('/sync/push') ? byKind.push : byKind.pull;
      try {
        const res = await fetch(url, init);
        const text = await res.text();
        latencies.push(now() - t);
        kind.push(now() - t);
        if (res.status !== 200) {
          errors++;
          return undefined;
        }
        return JSON.parse(text);
      } catch {
        latencies.push(now() - t);
        errors++;
        return undefined;
      }
    };
    const start = now();
    const end = start + duration * 1000;
    await Promise.all(
      clients.map(async (c, i) => {
        const docs = docsOf.get(c.unit)!;
        const headers = { 'content-type': 'application/json', authorization: `Bearer ${c.token}` };
        for (let n = 0; now() < end; n++) {
          const documentId = docs[(i * 7 + n) % docs.length];
          const type = n % 2 === 0 ? 'read.create' : 'ack.create';
          await request(`${c.url}/sync/push`, { method: 'POST', headers, body: JSON.stringify({ mutations: [mutation(type, { id: randomUUID(), documentId })] }) });
          if (now() >= end) break;
          const page = await request(`${c.url}/sync/pull?since=${c.cursor}&limit=200`, { headers });
          if (page) c.cursor = page.cursor;
        }
      }),
    );
    const elapsed = (now() - start) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    const p99 = percentile(sorted, 99);
    const split = (['push', 'pull'] as const)
      .map((k) => {
        const xs = [...byKind[k]].sort((a, b) => a - b);
        return `${k} p50 ${percentile(xs, 50).toFixed(0)} ms, p99 ${percentile(xs, 99).toFixed(0)} ms`;
      })
      .join(', ');
    report(
      name,
      p99 / 1000,
      `goal < 1, no errors; ${(latencies.length / elapsed).toFixed(0)} requests/s over ${duration} s, p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms (${split}), ${errors} errors`,
    );
  } finally {
    await Promise.all(services.map((s) => s.stop()));
    await db.dispose();
  }
}
