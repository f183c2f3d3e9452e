// Two service processes on one PostgreSQL: clerks push through one while a supervisor and four
// recipient units pull through the other, at the same time. Each puller's cursor only moves forward,
// and it sees every change meant for it exactly once — none skipped because it committed late.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, ServiceProcess } from '../server/processes';
import { enroll, SyncClient, type Change } from './support/client';
import { Directory } from './support/directory';
import { engineEnv, type EngineEnv } from './support/engines';
import { circulate, docPut } from './support/mutations';

const CLERKS = 6;
const ROUNDS = 12;
const RECIPIENTS = ['r1', 'r2', 'r3', 'r4'];
const PAGE = 7;

describe('two service instances on one PostgreSQL', () => {
  let where: EngineEnv;
  let writer: ServiceProcess;
  let reader: ServiceProcess;

  beforeAll(async () => {
    where = await engineEnv('postgres', 'two_instances');
    writer = new ServiceProcess(await freePort(), where.env);
    reader = new ServiceProcess(await freePort(), where.env);
    // Both start (and migrate) at once: the migrator's lock lets only one apply the schema.
    await Promise.all([writer.start(), reader.start()]);
  });

  afterAll(async () => {
    await Promise.all([writer?.stop(), reader?.stop()]);
    where?.cleanup();
  });

  it('every pushed change reaches each puller on the other instance once, in order', async () => {
    const clerkUnits = Array.from({ length: CLERKS }, (_, i) => `c${i + 1}`);
    const dir = await Directory.open(where.env);
    await dir.units([...clerkUnits, ...RECIPIENTS, 'bureau'].map((id) => ({ id, name: `Unit ${id}` })));
    const codes = {
      clerks: await Promise.all(clerkUnits.map((u) => dir.code('clerk', u))),
      supervisor: await dir.code('supervisor', 'bureau'),
      recipients: await Promise.all(RECIPIENTS.map((u) => dir.code('recipient', u))),
    };
    await dir.close();
    const clerks = await Promise.all(codes.clerks.map(async (c, i) => new SyncClient(writer.url, (await enroll(writer.url, c, `clerk ${i}`)).token)));
    const pullers = [
      { unit: null as string | null, client: new SyncClient(reader.url, (await enroll(reader.url, codes.supervisor, 'supervisor')).token) },
      ...(await Promise.all(RECIPIENTS.map(async (u, i) => ({ unit: u as string | null, client: new SyncClient(reader.url, (await enroll(reader.url, codes.recipients[i], u)).token) })))),
    ];

    // What was pushed: each document once, circulated to one recipient unit.
    const pushed: { doc: string; circulation: string; unit: string }[] = [];
    let pushing = true;
    const pushes = Promise.all(
      clerks.map(async (clerk, i) => {
        for (let round = 0; round < ROUNDS; round++) {
          const doc = randomUUID();
          const unit = RECIPIENTS[(i + round) % RECIPIENTS.length];
          const c = circulate(doc, unit);
          const results = await clerk.pushOk([docPut(doc, `hash-${i}-${round}-${doc}`), c]);
          expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
          pushed.push({ doc, circulation: c.payload.id as string, unit });
        }
      }),
    ).finally(() => (pushing = false));

    // Each puller pulls in small pages while the pushes go on, then to the end once they are done.
    const feeds = await Promise.all(
      pullers.map(async (p) => {
        const seen: Change[] = [];
        let cursor = 0;
        let pulls = 0;
        const pullOnce = async () => {
          const page = await p.client.pull(cursor, PAGE);
          pulls++;
          for (const c of page.changes) {
            expect(c.seq).toBeGreaterThan(seen.length ? seen[seen.length - 1].seq : cursor);
            seen.push(c);
          }
          expect(page.cursor).toBeGreaterThanOrEqual(cursor);
          cursor = page.cursor;
          return page.more;
        };
        while (pushing) await pullOnce();
        await pushes;
        while (await pullOnce());
        return { ...p, seen, pulls };
      }),
    );
    expect(pushed).toHaveLength(CLERKS * ROUNDS);

    for (const f of feeds) {
      const mine = pushed.filter((x) => f.unit === null || x.unit === f.unit);
      expect(mine.length).toBeGreaterThan(0);
      // Complete: what the puller gathered while writers were busy equals a fresh pull from the start.
      const fresh = await f.client.pullAll(0, 100);
      expect.soft(f.seen.map((c) => c.seq)).toEqual(fresh.changes.map((c) => c.seq));
      // Exactly once: each circulation, and each document version, meant for this puller.
      const times = (entity: string, key: (c: Change) => string) => {
        const m = new Map<string, number>();
        for (const c of f.seen) if (c.entity === entity) m.set(key(c), (m.get(key(c)) ?? 0) + 1);
        return m;
      };
      const circulations = times('circulation', (c) => c.data.id);
      const documents = times('document', (c) => `${c.data.id}@${c.data.version}`);
      expect.soft(mine.filter((x) => circulations.get(x.circulation) !== 1).map((x) => [x.circulation, circulations.get(x.circulation) ?? 0])).toEqual([]);
      expect.soft(mine.filter((x) => documents.get(`${x.doc}@1`) !== 1).map((x) => [x.doc, documents.get(`${x.doc}@1`) ?? 0])).toEqual([]);
      expect.soft(circulations.size).toBe(mine.length);
      console.log(
        `two instances: ${f.unit ?? 'supervisor'} pulled ${f.seen.length} changes in ${f.pulls} pages of at most ${PAGE} while ${CLERKS} clerks pushed; ` +
          `${circulations.size} circulations, ${documents.size} document versions (${[...documents.values()].filter((n) => n !== 1).length} not seen exactly once); ` +
          `${fresh.changes.length - f.seen.length} changes missed against a fresh pull; cursor strictly increasing`,
      );
    }
  }, 110_000);
});
