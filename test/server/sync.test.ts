import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createPostgresStorage } from '../../server/storage/postgres';
import { createPgDatabase } from '../storage/helpers';
import { testApp, type TestApp } from './harness';
import { ack, circulate, docPut, read, reminder, taskCreate, taskUpdate } from './mutations';

const engines = {
  sqlite: undefined,
  postgres: async () => createPostgresStorage(await createPgDatabase(inject('pgUrl'), 'http'), 3),
};

describe.each(Object.entries(engines))('sync over HTTP on %s', (_engine, open) => {
  let t: TestApp;
  beforeEach(async () => (t = await testApp({}, open)));
  afterEach(() => t.close());

  it('carries a document from clerk to recipient and the acknowledgement to the supervisor', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const recipient = await t.enroll('recipient', 'forestry');
    const supervisor = await t.enroll('supervisor', 'bureau');
    const doc = randomUUID();
    const pushed = await t.push(clerk.token, [docPut(doc, 'hash-1111', '会议纪要'), circulate(doc, 'forestry'), circulate(doc, 'water', 'act')]);
    expect(pushed.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);

    const inbox = await t.pull(recipient.token);
    const docs = inbox.changes.filter((c) => c.entity === 'document');
    // The document once, delivered when it was circulated to this unit (not the delivery to water).
    expect(docs.map((c) => [c.data.id, c.data.title])).toEqual([[doc, '会议纪要']]);
    expect(inbox.changes.filter((c) => c.entity === 'circulation').map((c) => c.data.unitId)).toEqual(['forestry']);

    expect((await t.push(recipient.token, [ack(doc), read(doc)])).map((r) => r.status)).toEqual(['applied', 'applied']);
    const all = await t.pull(supervisor.token);
    const acks = all.changes.filter((c) => c.entity === 'ack');
    expect(acks.map((c) => c.data)).toEqual([expect.objectContaining({ documentId: doc, unitId: 'forestry', userId: recipient.user.id })]);
    // The person's name travels with the receipt, so the circulating clerk sees who acknowledged.
    expect(acks[0].data.userName).toEqual(expect.any(String));
    expect(acks[0].data.userName!.length).toBeGreaterThan(0);
    expect(all.changes.map((c) => c.seq)).toEqual([...all.changes.map((c) => c.seq)].sort((a, b) => a - b));
  });

  it('takes who and which unit from the token, never from the body', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const recipient = await t.enroll('recipient', 'forestry');
    const supervisor = await t.enroll('supervisor', 'bureau');
    const doc = randomUUID();
    await t.push(clerk.token, [docPut(doc), circulate(doc, 'forestry'), circulate(doc, 'water')]);
    const [r] = await t.push(recipient.token, [ack(doc, { unitId: 'water', userId: supervisor.user.id })]);
    expect(r.status).toBe('applied');
    const acks = (await t.pull(supervisor.token)).changes.filter((c) => c.entity === 'ack');
    expect(acks.map((c) => [c.data.unitId, c.data.userId])).toEqual([['forestry', recipient.user.id]]);
  });

  it('checks each role and unit', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const otherClerk = await t.enroll('clerk', 'water');
    const recipient = await t.enroll('recipient', 'forestry');
    const foreign = await t.enroll('recipient', 'water');
    const supervisor = await t.enroll('supervisor', 'bureau');
    const admin = await t.enroll('admin', 'bureau');
    const doc = randomUUID();
    const task = randomUUID();
    await t.push(clerk.token, [docPut(doc), circulate(doc, 'forestry'), taskCreate(doc, 'forestry', [], task)]);

    const reason = async (token: string, mutation: unknown) => {
      const [r] = await t.push(token, [mutation]);
      return r.status === 'rejected' ? r.reason : r.status;
    };
    expect(await reason(recipient.token, docPut(randomUUID()))).toBe('only a clerk or an admin can save documents');
    expect(await reason(otherClerk.token, docPut(doc, 'hash-other'))).toBe('this document belongs to another unit');
    expect(await reason(otherClerk.token, circulate(doc, 'water'))).toBe('only a clerk of the issuing unit can circulate this document');
    expect(await reason(recipient.token, circulate(doc, 'water'))).toBe('only a clerk of the issuing unit can circulate this document');
    expect(await reason(clerk.token, circulate(doc, 'atlantis'))).toBe('unknown unit "atlantis"');
    expect(await reason(clerk.token, circulate(randomUUID(), 'water'))).toMatch(/^unknown document/);
    expect(await reason(foreign.token, ack(doc))).toBe('not circulated to your unit');
    expect(await reason(foreign.token, read(doc))).toBe('not circulated to your unit');
    expect(await reason(foreign.token, taskUpdate(task, 'progress'))).toBe('this task is not assigned to your unit');
    expect(await reason(recipient.token, taskUpdate(task, 'close'))).toBe('only a supervisor can close or return a task');
    expect(await reason(recipient.token, reminder('forestry', doc))).toBe('only a supervisor can send reminders');
    expect(await reason(recipient.token, taskCreate(doc, 'forestry'))).toMatch(/^only a clerk of the issuing unit/);

    // And what each may do.
    expect(await reason(admin.token, circulate(doc, 'water'))).toBe('applied');
    expect(await reason(recipient.token, taskUpdate(task, 'progress', 'half done'))).toBe('applied');
    expect(await reason(recipient.token, taskUpdate(task, 'request_close', 'done'))).toBe('applied');
    expect(await reason(supervisor.token, taskUpdate(task, 'close'))).toBe('applied');
    expect(await reason(recipient.token, taskUpdate(task, 'progress'))).toBe('the task is closed');
    expect(await reason(supervisor.token, reminder('water', doc))).toBe('applied');
    expect(await reason(supervisor.token, taskCreate(doc, 'water', ['forestry', 'water']))).toBe('applied');
  });

  it('answers a retried push with duplicates and changes nothing', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const recipient = await t.enroll('recipient', 'forestry');
    const doc = randomUUID();
    const batch = [docPut(doc), circulate(doc, 'forestry')];
    await t.push(clerk.token, batch);
    const ackM = ack(doc);
    expect((await t.push(recipient.token, [ackM]))[0].status).toBe('applied');
    const before = await t.pull(clerk.token);

    expect((await t.push(clerk.token, batch)).map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect((await t.push(recipient.token, [ackM]))[0]).toEqual({ id: ackM.id, status: 'duplicate' });
    // A second acknowledgement of the same copy, with its own mutation id, is a duplicate too.
    expect((await t.push(recipient.token, [ack(doc)]))[0].status).toBe('duplicate');
    expect(await t.pull(clerk.token)).toEqual(before);
  });

  it('pages through many changes with cursor and more', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const recipient = await t.enroll('recipient', 'forestry');
    const docs = Array.from({ length: 60 }, () => randomUUID());
    for (let i = 0; i < docs.length; i += 20) {
      const batch = docs.slice(i, i + 20).flatMap((d, j) => ((i + j) % 2 ? [docPut(d)] : [docPut(d), circulate(d, 'forestry')]));
      expect(new Set((await t.push(clerk.token, batch)).map((r) => r.status))).toEqual(new Set(['applied']));
    }
    for (const who of [clerk, recipient]) {
      const seqs: number[] = [];
      let since = 0;
      let pages = 0;
      for (;;) {
        const page = await t.pull(who.token, since, 9);
        pages++;
        seqs.push(...page.changes.map((c) => c.seq));
        since = page.cursor;
        if (!page.more) break;
      }
      const everything = (await t.pull(who.token, 0, 1000)).changes.map((c) => c.seq);
      expect(seqs).toEqual(everything);
      expect(pages).toBeGreaterThan(3);
    }
    const recipientDocs = (await t.pull(recipient.token)).changes.filter((c) => c.entity === 'circulation');
    expect(recipientDocs).toHaveLength(30);
  });

  it('refuses pushes and pulls without a valid token', async () => {
    expect((await t.json('POST', '/sync/push', { mutations: [] })).status).toBe(401);
    expect((await t.request('/sync/pull', { headers: { authorization: 'Bearer not-a-real-token-at-all-000' } })).status).toBe(401);
    expect((await t.request('/api/units')).status).toBe(401);
    const res = await t.request('/sync/pull', { headers: { authorization: 'Basic abc' } });
    expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: expect.any(String) } });
  });

  it('answers a malformed envelope with 4xx, never 500', async () => {
    const { token } = await t.enroll('clerk', 'office');
    const h = t.auth(token);
    const cases: [unknown, number][] = [
      ['{not json', 400],
      ['', 400],
      [[], 422],
      [{ mutations: [] }, 422],
      [{ mutations: 'all' }, 422],
      [{ mutations: [{ ...docPut(randomUUID()), id: 'not-a-uuid' }] }, 422],
      [{ mutations: [7] }, 422],
      [{ mutations: Array.from({ length: 501 }, () => ack(randomUUID())) }, 422],
    ];
    for (const [body, status] of cases) {
      const res = await t.json('POST', '/sync/push', body, h);
      expect({ body, status: res.status }).toEqual({ body, status });
      expect((await res.json()).error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
    const badId = await t.json('POST', '/sync/push', cases[5][0], h);
    expect((await badId.json()).error.issues).toEqual([expect.objectContaining({ path: 'mutations.0.id' })]);
    for (const q of ['since=-1', 'since=abc', 'limit=0', 'limit=100000', 'since=1.5', 'since=1e300']) {
      const res = await t.request(`/sync/pull?${q}`, { headers: h });
      expect({ q, status: res.status }).toEqual({ q, status: 400 });
    }
  });

  it('rejects each malformed mutation with its reason; its batch-mates apply', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const doc = randomUUID();
    const mutations = [
      { id: randomUUID(), type: 'document.delete', at: new Date().toISOString(), payload: {} },
      { ...ack(randomUUID()), at: 'yesterday' },
      { ...docPut(randomUUID()), payload: { id: randomUUID(), contentHash: 7 } },
      docPut(doc),
      { ...docPut(randomUUID()), payload: { ...docPut(randomUUID()).payload, title: 'a\u0000b' } },
      { ...taskCreate(doc, 'water'), payload: { ...taskCreate(doc, 'water').payload, decisionIndex: 2 ** 31 } },
      { ...reminder('water'), payload: { ...reminder('water').payload, message: 'x'.repeat(2001) } },
      { ...circulate(doc, 'water'), payload: { ...circulate(doc, 'water').payload, unitId: 'water\u0007' } },
      circulate(doc, 'forestry'),
    ];
    const results = await t.push(clerk.token, mutations);
    expect(results.map((r) => r.id)).toEqual(mutations.map((m) => m.id));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'applied', 'rejected', 'rejected', 'rejected', 'rejected', 'applied']);
    expect(results[0].reason).toMatch(/^invalid mutation: type: /);
    expect(results[1].reason).toMatch(/^invalid mutation: at: /);
    expect(results[2].reason).toMatch(/^invalid mutation: payload\.contentHash: /);
    expect(results[4].reason).toMatch(/payload\.title: must not contain control characters/);
    expect(results[5].reason).toMatch(/payload\.decisionIndex: /);
    expect(results[6].reason).toMatch(/payload\.message: /);
    expect(results[7].reason).toMatch(/payload\.unitId: must not contain control characters/);
  });

  it('refuses a document over MAX_DOCUMENT_BYTES and never fails a pull of large documents', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const recipient = await t.enroll('recipient', 'forestry');
    const big = (chars: number) => {
      const m = docPut(randomUUID(), `hash-${chars}-${randomUUID()}`, 'Large');
      (m.payload.draft as { text: string }).text = '纪'.repeat(chars);
      return m;
    };
    // 700 000 CJK characters are 2.1 MB of UTF-8: over the default limit of 2 MB.
    const over = big(700_000);
    const [refused] = await t.push(clerk.token, [over]);
    expect(refused).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/over the limit of 2097152 bytes \(MAX_DOCUMENT_BYTES\)/) });
    // Five documents just under the limit, each circulated: more than 8 MB in all.
    const docs = Array.from({ length: 5 }, () => big(690_000));
    for (const d of docs) {
      const results = await t.push(clerk.token, [d, circulate(d.payload.id as string, 'forestry')]);
      expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    }
    for (const token of [recipient.token, clerk.token]) {
      let since = 0;
      let received = 0;
      for (;;) {
        const res = await t.request(`/sync/pull?since=${since}&limit=20`, { headers: t.auth(token) });
        expect(res.status).toBe(200);
        const text = await res.text();
        expect(Buffer.byteLength(text)).toBeLessThanOrEqual(8 * 1024 * 1024);
        const page = JSON.parse(text) as { changes: { entity: string }[]; cursor: number; more: boolean };
        received += page.changes.filter((c) => c.entity === 'document').length;
        since = page.cursor;
        if (!page.more) break;
      }
      expect(received).toBe(5);
    }
  });

  it('refuses a body over the limit with 413', async () => {
    const { token } = await t.enroll('clerk', 'office');
    const big = JSON.stringify({ mutations: [docPut(randomUUID(), 'hash-big', 'x'.repeat(9 * 1024 * 1024))] });
    const res = await t.json('POST', '/sync/push', big, t.auth(token));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('too_large');
  });
});
