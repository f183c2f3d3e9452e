import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CirculateDb } from '../../extension/db';
import { AuthError, enqueue, NetworkError, push } from '../../extension/sync';
import { DOC_ID, draft } from './fixtures';
import { FakeService } from './fake-service';

let db: CirculateDb;
let svc: FakeService;
let n = 0;
beforeEach(async () => {
  db = new CirculateDb(`t-push-${n++}`);
  await db.open();
  svc = new FakeService();
});
afterEach(async () => {
  await db.delete();
});

const actor = { userId: 'user-1', unitId: 'u-office' };
const conn = () => ({ server: 'http://svc.test/', token: svc.token, fetch: svc.fetch });
const ack = (i: number) => ({
  type: 'ack.create' as const,
  payload: { id: `01890000-0000-7000-8000-${String(i).padStart(12, '0')}`, documentId: DOC_ID },
});

describe('push', () => {
  it('sends pending entries with the bearer token and removes applied and duplicate ones', async () => {
    const [first] = await enqueue(db, [ack(1), ack(2)], actor);
    svc.seen.add(first.id); // the server already has the first one
    const summary = await push(db, conn());
    expect(summary).toEqual({ applied: 1, duplicate: 1, rejected: 0 });
    expect(await db.outbox.count()).toBe(0);
    const call = svc.calls[0];
    expect(call.url).toBe('http://svc.test/sync/push');
    expect(call.headers.Authorization).toBe(`Bearer ${svc.token}`);
  });

  it('keeps rejected entries with the reason, and does not send them again', async () => {
    const [m] = await enqueue(db, ack(1), actor);
    svc.judge = (x) => ({ id: x.id, status: 'rejected', reason: 'not circulated to your unit' });
    expect((await push(db, conn())).rejected).toBe(1);
    expect(await db.outbox.get(m.id)).toMatchObject({ state: 'rejected', reason: 'not circulated to your unit' });
    svc.calls = [];
    await push(db, conn());
    expect(svc.calls).toHaveLength(0);
  });

  it('sends in batches, oldest first', async () => {
    const ms = await enqueue(db, [1, 2, 3, 4, 5].map(ack), actor);
    await push(db, conn(), { batchSize: 2 });
    const batches = svc.pushes();
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
    expect(batches.flat().map((m) => m.id)).toEqual(ms.map((m) => m.id));
  });

  it('on 401 throws AuthError and keeps the outbox', async () => {
    await enqueue(db, ack(1), actor);
    await expect(push(db, { ...conn(), token: 'wrong' })).rejects.toBeInstanceOf(AuthError);
    expect(await db.outbox.where('state').equals('pending').count()).toBe(1);
  });

  it('on network failure leaves the entries due, so the next push (the engine retry) delivers them', async () => {
    const [m] = await enqueue(db, ack(1), actor);
    svc.failNext = ['network'];
    await expect(push(db, conn(), { now: () => 1_000_000, random: () => 1 })).rejects.toBeInstanceOf(NetworkError);
    // No backoff of its own: the engine backs off as a whole, and the service being away is not the entry's fault.
    expect(await db.outbox.get(m.id)).toMatchObject({ state: 'pending', tries: 0, nextAttemptAt: 0 });
    // A timer-driven push a second later (not forced) sends it.
    await push(db, conn(), { now: () => 1_001_000 });
    expect(await db.outbox.count()).toBe(0);
  });

  it('backs off only the entries a batch answer left out', async () => {
    const ms = await enqueue(db, [ack(1), ack(2)], actor);
    // The service answers for the first entry only.
    svc.unanswered.add(ms[1].id);
    await push(db, conn(), { now: () => 1_000_000, random: () => 1 });
    expect(await db.outbox.get(ms[0].id)).toBeUndefined();
    expect(await db.outbox.get(ms[1].id)).toMatchObject({ state: 'pending', tries: 1, nextAttemptAt: 1_002_000 });
  });

  it('treats 5xx as a network failure', async () => {
    await enqueue(db, ack(1), actor);
    svc.failNext = [500];
    await expect(push(db, conn())).rejects.toBeInstanceOf(NetworkError);
    expect(await db.outbox.count()).toBe(1);
  });

  it('when the service refuses a whole batch, splits it and rejects only the bad entry', async () => {
    const ms = await enqueue(db, [ack(1), ack(2)], actor);
    svc.failNext = [400, 400];
    const summary = await push(db, conn());
    expect(summary).toEqual({ applied: 1, duplicate: 0, rejected: 1 });
    expect(await db.outbox.get(ms[0].id)).toMatchObject({ state: 'rejected', reason: 'failed with 400' });
    expect(await db.outbox.get(ms[1].id)).toBeUndefined();
  });

  it('sends a full document.put the service schema accepts', async () => {
    await enqueue(
      db,
      { type: 'document.put', payload: { id: DOC_ID, contentHash: '0123456789abcdef', url: 'u', title: 't', draft: draft() } },
      actor,
    );
    await push(db, conn());
    const [m] = svc.pushes()[0];
    expect(m).toMatchObject({ type: 'document.put', payload: { id: DOC_ID, draft: { title: '区政府常务会议纪要' } } });
    expect(typeof m.at).toBe('string');
  });

  it('a whole-batch 413 or 422 is split in halves until the bad entry is alone: it is refused and kept, the rest go through', async () => {
    const ms = await enqueue(db, [1, 2, 3, 4, 5, 6, 7, 8].map(ack), actor);
    const bad = ms[5].id;
    svc.refuseBatch = (batch) => (batch.some((m) => m.id === bad) ? (batch.length > 2 ? 413 : 422) : null);
    const summary = await push(db, conn());
    expect(summary).toEqual({ applied: 7, duplicate: 0, rejected: 1 });
    expect(await db.outbox.toArray()).toMatchObject([{ id: bad, state: 'rejected', reason: 'batch refused with 422' }]);
    // Halving, depth first: 8 → 4 (through) + 4 → 2 → 1 (through) + 1 (refused), then 2 (through).
    expect(svc.pushes().map((b) => b.length)).toEqual([8, 4, 4, 2, 1, 1, 2]);
    // The refused entry is not sent again by the next sync.
    svc.calls = [];
    await push(db, conn(), { force: true });
    expect(svc.calls).toHaveLength(0);
  });

  it('a per-mutation rejection keeps its batch-mates applied', async () => {
    const ms = await enqueue(db, [1, 2, 3].map(ack), actor);
    svc.judge = (m) => (m.id === ms[1].id ? { id: m.id, status: 'rejected', reason: 'not circulated to your unit' } : { id: m.id, status: 'applied' });
    expect(await push(db, conn())).toEqual({ applied: 2, duplicate: 0, rejected: 1 });
    expect(svc.pushes()).toHaveLength(1);
    expect(await db.outbox.toArray()).toMatchObject([{ id: ms[1].id, state: 'rejected', reason: 'not circulated to your unit' }]);
  });
});
