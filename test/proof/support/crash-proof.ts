// The crash proof (run by crash.sqlite.test.ts and crash.postgres.test.ts): twenty devices push 1 000 acknowledgements and task updates through their outboxes
// while the service process is killed with SIGKILL three times and started again. Afterwards every
// mutation is stored exactly once, every device's feed converges on what the service holds for its
// unit, and the audit trail verifies — on SQLite and on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAsync, ServiceProcess } from '../../server/processes';
import { enroll, Outbox, SyncClient, type Change, type Mutation } from './client';
import { Directory } from './directory';
import { engineEnv, type Engine, type EngineEnv } from './engines';
import { ack, circulate, docPut, taskCreate, taskUpdate } from './mutations';
import { startServiceWithUnits } from './service';

const CLIENTS = 20;
const DOCUMENTS = 10; // each client acknowledges every document: 20 × 10 = 200 acknowledgements
const UPDATES = 40; // and appends 40 updates to its unit's task: 20 × 40 = 800 task updates
const KILL_AFTER = [150, 400, 650]; // answered mutations (of 1 000) after which the service is killed
const BATCH = 4;
const PULL_EVERY = 10;

const unitOf = (i: number) => `u${String(i + 1).padStart(2, '0')}`;

/** A device in one unit: its outbox, and the feed it has pulled so far with its cursor. */
interface Device {
  unit: string;
  client: SyncClient;
  outbox: Outbox;
  mine: Mutation[];
  feed: Change[];
  cursor: number;
}

/** The whole proof on one engine; each engine has its own test file so each stays short. */
export const crashProof = (engine: Engine) =>
  describe(`crash: kill -9 three times while 20 devices push (${engine})`, () => {
  let where: EngineEnv;
  let service: ServiceProcess;

  beforeAll(async () => {
    where = await engineEnv(engine, `crash_${engine}`);
    service = await startServiceWithUnits(where.env, [
      { id: 'office', name: 'Issuing Office' },
      { id: 'bureau', name: 'Supervision Office' },
      ...Array.from({ length: CLIENTS }, (_, i) => ({ id: unitOf(i), name: `Unit ${i + 1}` })),
    ]);
  });

  afterAll(async () => {
    await service?.stop();
    where?.cleanup();
  });

  it('stores every mutation exactly once, feeds converge, and the audit trail verifies', async () => {
    const base = service.url;
    const t0 = Date.now();
    const dir = await Directory.open(where.env);
    const codes = {
      clerk: await dir.code('clerk', 'office'),
      supervisor: await dir.code('supervisor', 'bureau'),
      devices: await Promise.all(Array.from({ length: CLIENTS }, (_, i) => dir.code('recipient', unitOf(i)))),
    };
    await dir.close();
    const clerk = new SyncClient(base, (await enroll(base, codes.clerk, 'clerk')).token);
    const supervisor = new SyncClient(base, (await enroll(base, codes.supervisor, 'supervisor')).token);

    // The clerk's work, before the storm: documents circulated to every unit, one task per unit.
    const docs = Array.from({ length: DOCUMENTS }, () => randomUUID());
    const tasks = Array.from({ length: CLIENTS }, () => randomUUID());
    const setup = [
      ...docs.flatMap((d, n) => [docPut(d, `hash-${n}-${d}`, `Minutes ${n}`), ...Array.from({ length: CLIENTS }, (_, i) => circulate(d, unitOf(i)))]),
      ...tasks.map((t, i) => taskCreate(docs[i % DOCUMENTS], unitOf(i), t)),
    ];
    for (let i = 0; i < setup.length; i += 100) {
      const results = await clerk.pushOk(setup.slice(i, i + 100));
      expect(results.filter((r) => r.status !== 'applied')).toEqual([]);
    }

    const tSetup = Date.now() - t0;
    const devices: Device[] = await Promise.all(
      codes.devices.map(async (code, i) => {
        const client = new SyncClient(base, (await enroll(base, code, `device ${i}`)).token);
        const mine = [
          ...docs.map((d) => ack(d)),
          ...Array.from({ length: UPDATES }, (_, n) => taskUpdate(tasks[i], n === UPDATES - 1 ? 'request_close' : 'progress', `step ${n}`)),
        ];
        // Acknowledgements and updates interleaved, as a person would work through them.
        mine.sort(() => Math.random() - 0.5);
        const outbox = new Outbox(client, BATCH);
        outbox.add(...mine);
        return { unit: unitOf(i), client, outbox, mine, feed: [], cursor: 0 };
      }),
    );
    const total = devices.reduce((n, d) => n + d.mine.length, 0);
    expect(total).toBe(1000);

    // Pulls that may fail while the service is down are retried once it listens again.
    const retrying = async <T>(f: () => Promise<T>): Promise<T> => {
      for (;;) {
        try {
          return await f();
        } catch (e) {
          if (!/fetch failed|ECONN|socket|other side closed/i.test(String((e as Error).cause ?? e))) throw e;
          await service.whenUp();
        }
      }
    };
    const catchUp = async (d: Device) => {
      const page = await retrying(() => d.client.pullAll(d.cursor, 50));
      d.feed.push(...page.changes);
      d.cursor = page.cursor;
    };

    // The killer: once enough mutations are answered, kill -9 and start again (at most one at a time).
    let answered = 0;
    let kills = 0;
    let killing: Promise<void> = Promise.resolve();
    const onAnswered = (n: number) => {
      answered += n;
      if (kills < KILL_AFTER.length && answered >= KILL_AFTER[kills]) {
        kills++;
        killing = killing.then(() => service.restart());
      }
    };

    await Promise.all(
      devices.map(async (d) => {
        let sinceLastPull = 0;
        await d.outbox.drain(
          () => service.whenUp(),
          async (n) => {
            onAnswered(n);
            // A pull now and then while the others still push (and the service still dies).
            sinceLastPull += n;
            if (sinceLastPull < PULL_EVERY) return;
            sinceLastPull = 0;
            await catchUp(d);
          },
        );
      }),
    );
    const tStorm = Date.now() - t0 - tSetup;
    await killing;
    expect(kills).toBe(3);
    expect(service.starts).toBe(4);

    // Every answer is applied, or duplicate for a mutation sent again after a failed request.
    const finals = devices.flatMap((d) => d.mine.map((m) => d.outbox.final.get(m.id)));
    const serverErrors = devices.flatMap((d) => d.outbox.stats.serverErrors);
    const networkErrors = devices.reduce((n, d) => n + d.outbox.stats.networkErrors, 0);
    const duplicates = finals.filter((r) => r?.status === 'duplicate').length;
    expect(serverErrors).toEqual([]);
    expect(finals.filter((r) => r?.status !== 'applied' && r?.status !== 'duplicate')).toEqual([]);
    if (duplicates > 0) expect(networkErrors).toBeGreaterThan(0);

    // Stored exactly once: the supervisor's view of the whole log holds each mutation's record once.
    const all = await supervisor.pullAll(0, 500);
    const count = (entity: string) => {
      const m = new Map<string, number>();
      for (const c of all.changes) if (c.entity === entity) m.set(c.data.id, (m.get(c.data.id) ?? 0) + 1);
      return m;
    };
    const acks = count('ack');
    const updates = count('taskUpdate');
    const mineIds = devices.flatMap((d) => d.mine.map((m) => m.payload.id as string));
    expect(mineIds.filter((id) => (acks.get(id) ?? 0) + (updates.get(id) ?? 0) !== 1)).toEqual([]);
    expect(acks.size).toBe(CLIENTS * DOCUMENTS);
    expect(updates.size).toBe(CLIENTS * UPDATES);

    // Each device's feed, pulled in pieces across the crashes, converges on what the service holds
    // for its unit, and on a fresh pull from the start.
    const byId = new Map(all.changes.filter((c) => c.entity === 'ack' || c.entity === 'taskUpdate').map((c) => [c.data.id as string, c]));
    for (const [i, d] of devices.entries()) {
      await catchUp(d);
      const fresh = await d.client.pullAll(0, 50);
      expect(d.feed.map((c) => c.seq)).toEqual(fresh.changes.map((c) => c.seq));
      const held = [...byId.values()]
        .filter((c) => (c.entity === 'ack' ? c.data.unitId === d.unit : c.data.taskId === tasks[i]))
        .map((c) => `${c.entity}:${c.data.id}`)
        .sort();
      const seen = d.feed.filter((c) => c.entity === 'ack' || c.entity === 'taskUpdate').map((c) => `${c.entity}:${c.data.id}`);
      expect(seen.sort()).toEqual(held);
      expect(held).toEqual(d.mine.map((m) => `${m.type === 'ack.create' ? 'ack' : 'taskUpdate'}:${m.payload.id}`).sort());
    }

    // The audit trail verifies, through the API and through the admin CLI.
    const audit = await fetch(`${base}/api/audit?limit=1`, { headers: { authorization: `Bearer ${supervisor.token}` } });
    expect(audit.status).toBe(200);
    expect(((await audit.json()) as { intact: boolean }).intact).toBe(true);
    const cli = await adminAsync(where.env, 'audit', 'verify');
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);

    const pushes = devices.reduce((n, d) => n + d.outbox.stats.pushes, 0);
    console.log(
      `crash (${engine}): ${total} mutations from ${CLIENTS} devices in ${pushes} pushes; ${kills} kills; ` +
        `${networkErrors} failed requests resent, ${duplicates} answered duplicate on resend; ` +
        `stored once each: ${acks.size} acks + ${updates.size} task updates; ${all.changes.length} changes in the log; ` +
        `${devices.length} feeds converged; ${cli.stdout.trim().split('\n').pop()} ` +
        `(setup ${(tSetup / 1000).toFixed(0)} s, pushes and kills ${(tStorm / 1000).toFixed(0)} s)`,
    );
  }, 360_000); // generous: a loaded 2-core machine runs it several times slower than a quiet one
  });
