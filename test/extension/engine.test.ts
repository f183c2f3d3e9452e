import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CirculateDb, getMeta, META } from '../../extension/db';
import { backoffDelay, enqueue, SyncEngine } from '../../extension/sync';
import { DOC_ID, unitChange } from './fixtures';
import { FakeService } from './fake-service';

let db: CirculateDb;
let svc: FakeService;
let n = 0;
beforeEach(async () => {
  db = new CirculateDb(`t-engine-${n++}`);
  await db.open();
  svc = new FakeService();
  started = false;
});
afterEach(async () => {
  await db.delete();
});

let started = false;
function waitFor(cond: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const tick = () => (cond() ? resolve() : setTimeout(tick, 1));
    tick();
  });
}

function engine(opts: { token?: string | null; now?: () => number } = {}) {
  const scheduled: number[] = [];
  let token: string | null = opts.token === undefined ? svc.token : opts.token;
  let authLost = 0;
  const e = new SyncEngine({
    db,
    connection: async () => {
      started = true;
      return token ? { server: 'http://svc.test', token, fetch: (...a: Parameters<typeof fetch>) => svc.fetch(...a) } : null;
    },
    onAuthLost: async () => {
      authLost += 1;
      token = null;
    },
    schedule: (ms) => scheduled.push(ms),
    now: opts.now ?? (() => 5_000),
    random: () => 0,
  });
  return { e, scheduled, authLost: () => authLost };
}

describe('backoffDelay', () => {
  it('grows exponentially, is capped, and jitters between half and all of the step', () => {
    expect(backoffDelay(0)).toBe(0);
    expect(backoffDelay(1, () => 0)).toBe(1000);
    expect(backoffDelay(1, () => 1)).toBe(2000);
    expect(backoffDelay(3, () => 1)).toBe(8000);
    expect(backoffDelay(30, () => 1)).toBe(300_000);
    expect(backoffDelay(30, () => 0)).toBe(150_000);
  });
});

describe('SyncEngine', () => {
  it('pushes then pulls, and records the time of the last sync', async () => {
    await enqueue(db, { type: 'ack.create', payload: { id: '01890000-0000-7000-8000-0000000000a1', documentId: DOC_ID } }, { unitId: 'u' });
    svc.changes = [unitChange(1, 'u-fin', '区财政局')];
    const { e } = engine();
    const r = await e.sync();
    expect(r.status).toBe('ok');
    expect(await db.outbox.count()).toBe(0);
    expect(await db.units.count()).toBe(1);
    expect(await getMeta(db, META.lastSyncAt)).toBe(new Date(5_000).toISOString());
    expect(await getMeta(db, META.lastError)).toBeUndefined();
  });

  it('backs off after a network failure: schedules a retry, timer runs wait, forced runs go', async () => {
    let t = 10_000;
    const { e, scheduled } = engine({ now: () => t });
    svc.failNext = ['network', 'network'];
    const r1 = await e.sync();
    expect(r1).toMatchObject({ status: 'failed', error: { code: 'network' }, retryInMs: 1000 });
    expect(scheduled).toEqual([1000]);
    expect(await getMeta(db, META.lastError)).toMatchObject({ code: 'network' });
    expect((await e.sync()).status).toBe('skipped');
    const r2 = await e.sync({ force: true });
    expect(r2).toMatchObject({ status: 'failed', retryInMs: 2000 });
    t += 5000;
    expect((await e.sync()).status).toBe('ok');
    expect(await getMeta(db, META.lastError)).toBeUndefined();
  });

  it('comes back for outbox entries that were still backing off when the service answered', async () => {
    const t = 10_000;
    await enqueue(db, { type: 'ack.create', payload: { id: '01890000-0000-7000-8000-0000000000a1', documentId: DOC_ID } }, { unitId: 'u' });
    const [entry] = await db.outbox.toArray();
    await db.outbox.update(entry.id, { tries: 3, nextAttemptAt: t + 4000 });
    const { e, scheduled } = engine({ now: () => t });
    expect((await e.sync()).status).toBe('ok');
    expect(await db.outbox.count()).toBe(1);
    expect(scheduled).toEqual([4000]);
  });

  it('on 401 forgets the token but keeps the outbox', async () => {
    await enqueue(db, { type: 'ack.create', payload: { id: '01890000-0000-7000-8000-0000000000a1', documentId: DOC_ID } }, { unitId: 'u' });
    svc.failNext = [401];
    const h = engine();
    const r = await h.e.sync();
    expect(r).toMatchObject({ status: 'failed', error: { code: 'auth' } });
    expect(h.authLost()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
    expect((await h.e.sync()).status).toBe('not-enrolled');
  });

  it('folds calls made during a run into one follow-up run', async () => {
    const { e } = engine();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const realFetch = svc.fetch;
    svc.fetch = async (...args) => {
      await gate;
      return realFetch(...args);
    };
    const a = e.sync();
    await waitFor(() => started);
    const b = e.sync();
    const c = e.sync({ force: true });
    expect(b).toBe(c);
    expect(b).not.toBe(a);
    release();
    await Promise.all([a, b, c]);
    expect(svc.calls.filter((x) => x.url.includes('/sync/pull'))).toHaveLength(2);
  });
});
