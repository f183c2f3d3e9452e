/**
 * 200 concurrent clients for BENCH_SECONDS (default 60) against the real service: on SQLite (one
 * process), and on PostgreSQL through two service processes sharing the database. Each client is
 * an enrolled recipient device of one of twenty units that, round after round, pushes a read
 * receipt or an acknowledgement for a document circulated to its unit and pulls what is new since
 * its cursor. Prints throughput, p50 and p99 latency and errors; p99 is also given over the 1 s goal.
 *
 * Two client models, each its own line:
 *  - paced (the goal's line): like the extension, which syncs on a timer (once a minute) and when
 *    its user acts, each device pauses between rounds — here 10 to 30 s at random, three times as
 *    often as the timer, every round carrying a receipt;
 *  - saturated: no pause at all. 200 clients in a closed loop always have 200 requests waiting,
 *    so the latency there is the queue, 200 ÷ throughput, whatever the service does: that line
 *    shows the service's capacity (its throughput), not a latency users would see.
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { lastSeq } from '../server/storage/changes';
import { freshDb } from './support/engines';
import type { Postgres } from './support/postgres';
import { httpClient } from './support/http-client';
import { startService, type Running } from './support/processes';
import { documentsOf, enrollmentCode, mutation, prepare, RECIPIENTS, seedDashboard } from './support/seed';
import { enrollDevice } from './support/session';
import { now, percentile, report, seconds } from './support/stats';

const CLIENTS = 200;
const DOCS = 2_000;

/** The pause between a client's rounds, in ms: 10 to 30 s when paced, none when saturated. */
const PAUSE = { min: 10_000, max: 30_000 };
const pause = (model: LoadModel) => (model === 'paced' ? PAUSE.min + Math.random() * (PAUSE.max - PAUSE.min) : 0);
export type LoadModel = 'paced' | 'saturated';

export async function runLoadBench(engine: 'sqlite' | 'postgres', pgServer: Postgres | string, model: LoadModel = 'paced') {
  const instances = engine === 'postgres' ? 2 : 1;
  const duration = seconds(60);
  const name =
    model === 'paced'
      ? `load ${engine} ${CLIENTS} clients${instances > 1 ? ', 2 instances' : ''} p99/1s`
      : `load ${engine} ${CLIENTS} clients saturated${instances > 1 ? ', 2 instances' : ''} requests/s`;
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
    // node:http with a keep-alive agent, not fetch: under 200 concurrent requests fetch kept about
    // two clients in three waiting on their first request for the whole run (the service's own log
    // answered every request in under a second), which made the saturated line's p99 the run's length.
    const client = httpClient();
    const request = async (url: string, init: { method?: 'POST'; headers: Record<string, string>; body?: string }) => {
      const t = now();
      const kind = url.includes('/sync/push') ? byKind.push : byKind.pull;
      try {
        const res = await client.send(init.method ?? 'GET', url, init.headers, init.body);
        const text = res.text;
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
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.min(ms, Math.max(0, end - now()))));
    await Promise.all(
      clients.map(async (c, i) => {
        const docs = docsOf.get(c.unit)!;
        const headers = { 'content-type': 'application/json', authorization: `Bearer ${c.token}` };
        // Paced clients start spread over the first pause, as devices do.
        if (model === 'paced') await sleep(Math.random() * PAUSE.max);
        for (let n = 0; now() < end; n++) {
          const documentId = docs[(i * 7 + n) % docs.length];
          const type = n % 2 === 0 ? 'read.create' : 'ack.create';
          await request(`${c.url}/sync/push`, { method: 'POST', headers, body: JSON.stringify({ mutations: [mutation(type, { id: randomUUID(), documentId })] }) });
          if (now() >= end) break;
          const page = await request(`${c.url}/sync/pull?since=${c.cursor}&limit=200`, { headers });
          if (page) c.cursor = page.cursor;
          await sleep(pause(model));
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
    const rate = latencies.length / elapsed;
    // The machine's load average, since the clients and the service share its cores with whatever else runs.
    const detail = `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores; ${rate.toFixed(0)} requests/s over ${duration} s, p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms (${split}), ${errors} errors`;
    if (model === 'paced') report(name, p99 / 1000, `goal < 1, no errors; each device pauses ${PAUSE.min / 1000}–${PAUSE.max / 1000} s between rounds; ${detail}`);
    else report(name, rate, `capacity, not a goal: no pause between rounds, so latency is the queue (${CLIENTS} ÷ throughput); ${detail}`);
    client.close();
  } finally {
    await Promise.all(services.map((s) => s.stop()));
    await db.dispose();
  }
}
