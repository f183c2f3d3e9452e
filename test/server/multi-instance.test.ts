// Two service processes on one PostgreSQL: clients push through one while a supervisor pulls through
// the other, concurrently. The puller must see every change exactly once, in order, with no gaps.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { hashEnrollmentCode, newEnrollmentCode } from '../../server/auth/token';
import { lastSeq } from '../../server/storage/changes';
import { createPostgresStorage } from '../../server/storage/postgres';
import type { Storage } from '../../server/storage/types';
import { createEnrollmentCode } from '../../server/storage/users';
import { createPgDatabase, seedUnits } from '../storage/helpers';
import { circulate, docPut } from './mutations';
import { freePort, ServiceProcess } from './processes';

describe('two service instances on one PostgreSQL', () => {
  let storage: Storage;
  let writer: ServiceProcess;
  let reader: ServiceProcess;
  const keyDir = mkdtempSync(join(tmpdir(), 'circulate-multi-'));
  const keyFile = join(keyDir, 'audit.key');

  beforeAll(async () => {
    const url = await createPgDatabase(inject('pgUrl'), 'multi');
    // Both instances share one audit key; a temp file, so nothing lands in the checkout's ./data.
    const env = { DATABASE_URL: url, CIRCULATE_DB: '', AUDIT_KEY: '', AUDIT_KEY_FILE: keyFile };
    writer = new ServiceProcess(await freePort(), env);
    reader = new ServiceProcess(await freePort(), env);
    // Both start (and migrate) at once: the migrator's lock lets only one apply the schema.
    await Promise.all([writer.start(), reader.start()]);
    // One of them made the key (the other read that one), private to its owner.
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    storage = createPostgresStorage(url, 2);
    await seedUnits(storage);
  });

  afterAll(async () => {
    await Promise.all([writer?.stop(), reader?.stop()]);
    await storage?.close();
    rmSync(keyDir, { recursive: true, force: true });
  });

  async function enroll(base: string, role: 'clerk' | 'supervisor', unitId: string) {
    const code = newEnrollmentCode();
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    await storage.write((tx) => createEnrollmentCode(tx, { codeHash: hashEnrollmentCode(code), role, unitId, expiresAt }, 'test'));
    const res = await fetch(`${base}/api/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, deviceName: role }) });
    expect(res.status).toBe(201);
    return ((await res.json()) as { token: string }).token;
  }

  it('sees every change pushed through the other instance, in order, with no gaps', async () => {
    const clerks = await Promise.all(['office', 'forestry', 'water', 'bureau'].map((u) => enroll(writer.url, 'clerk', u)));
    const supervisor = await enroll(reader.url, 'supervisor', 'bureau');

    let pushing = true;
    const pushers = clerks.map(async (token, i) => {
      for (let round = 0; round < 12; round++) {
        const doc = randomUUID();
        const target = ['office', 'forestry', 'water', 'bureau'][(i + round + 1) % 4];
        const res = await fetch(`${writer.url}/sync/push`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ mutations: [docPut(doc, `hash-${i}-${round}`), circulate(doc, target)] }),
        });
        expect(res.status).toBe(200);
        const { results } = (await res.json()) as { results: { status: string }[] };
        expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
      }
    });
    const done = Promise.all(pushers).finally(() => (pushing = false));

    const seen: number[] = [];
    let since = 0;
    let pulls = 0;
    const pullOnce = async () => {
      const res = await fetch(`${reader.url}/sync/pull?since=${since}&limit=7`, { headers: { authorization: `Bearer ${supervisor}` } });
      expect(res.status).toBe(200);
      const page = (await res.json()) as { changes: { seq: number }[]; cursor: number; more: boolean };
      pulls++;
      seen.push(...page.changes.map((c) => c.seq));
      since = page.cursor;
      return page.more;
    };
    while (pushing) await pullOnce();
    await done;
    while (await pullOnce());

    // 4 units, then per push a document, the document delivered to the unit's feed and a circulation;
    // the delivery is in the unit's feed only, so the global log skips its number.
    expect(await lastSeq(storage.db)).toBe(4 + clerks.length * 12 * 3);
    const log = (await storage.db.selectFrom('changes').select('seq').orderBy('seq').execute()).map((r) => Number(r.seq));
    expect(log).toHaveLength(4 + clerks.length * 12 * 2);
    expect(seen).toEqual(log);
    expect(pulls).toBeGreaterThan(log.length / 7);
  });
});
