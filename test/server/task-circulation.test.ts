import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recentAudit, verifyAudit } from '../../server/storage/audit';
import { testApp, type TestApp } from './harness';
import { ack, circulate, docPut, taskCreate } from './mutations';

describe('tasks circulate the document to act on', () => {
  let t: TestApp;
  beforeEach(async () => (t = await testApp()));
  afterEach(() => t.close());

  const circulations = (doc: string) =>
    t.storage.db.selectFrom('circulations').select(['id', 'unit_id', 'kind']).where('document_id', '=', doc).orderBy('unit_id').execute();

  it('gives the lead and co-units that had no copy an act circulation, in the same transaction', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const water = await t.enroll('recipient', 'water');
    const doc = randomUUID();
    const task = randomUUID();
    const create = taskCreate(doc, 'water', ['forestry'], task);
    expect((await t.push(clerk.token, [docPut(doc), create])).map((r) => r.status)).toEqual(['applied', 'applied']);
    expect((await circulations(doc)).map((c) => [c.unit_id, c.kind])).toEqual([['forestry', 'act'], ['water', 'act']]);

    const feed = (await t.pull(water.token)).changes.filter((c) => c.entity !== 'unit');
    expect(feed.map((c) => c.entity)).toEqual(['document', 'circulation', 'task']);
    expect(feed[0].data).toMatchObject({ id: doc, version: 1 });
    expect(feed[1].data).toMatchObject({ documentId: doc, unitId: 'water', kind: 'act', createdBy: clerk.user.id });
    expect((await t.push(water.token, [ack(doc)]))[0].status).toBe('applied');

    const audit = (await recentAudit(t.storage.db, 4)).reverse().map((e) => [e.action, e.entity, (e.data as { unitId?: string }).unitId ?? null]);
    expect(audit).toEqual([
      ['circulation.create', 'circulation', 'water'],
      ['circulation.create', 'circulation', 'forestry'],
      ['task.create', 'task', null],
      ['ack.create', 'ack', null],
    ]);
    expect((await verifyAudit(t.storage.db)).ok).toBe(true);

    // A retried push and a second task for the same units add no circulation.
    expect((await t.push(clerk.token, [create]))[0].status).toBe('duplicate');
    expect((await t.push(clerk.token, [taskCreate(doc, 'forestry', ['water'])]))[0].status).toBe('applied');
    expect(await circulations(doc)).toHaveLength(2);
  });

  it('upgrades a unit that had the document to read; leaves other units alone', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const forestry = await t.enroll('recipient', 'forestry');
    const doc = randomUUID();
    await t.push(clerk.token, [docPut(doc), circulate(doc, 'forestry', 'read'), circulate(doc, 'bureau', 'read')]);
    const before = await circulations(doc);
    const { cursor } = await t.pull(forestry.token);
    await t.push(clerk.token, [taskCreate(doc, 'forestry')]);
    const after = await circulations(doc);
    expect(after.map((c) => [c.unit_id, c.kind])).toEqual([['bureau', 'read'], ['forestry', 'act']]);
    expect(after.find((c) => c.unit_id === 'forestry')!.id).toBe(before.find((c) => c.unit_id === 'forestry')!.id);
    const news = (await t.pull(forestry.token, cursor)).changes;
    expect(news.map((c) => [c.entity, c.data.kind ?? null])).toEqual([['circulation', 'act'], ['task', null]]);
  });

  it('leaves nothing behind when the task is rejected', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const recipient = await t.enroll('recipient', 'water');
    const doc = randomUUID();
    await t.push(clerk.token, [docPut(doc)]);
    expect((await t.push(clerk.token, [taskCreate(doc, 'water', ['atlantis'])]))[0]).toMatchObject({ status: 'rejected', reason: 'unknown unit "atlantis"' });
    expect((await t.push(recipient.token, [taskCreate(doc, 'water')]))[0].status).toBe('rejected');
    expect(await circulations(doc)).toEqual([]);
  });
});

describe('circulation.create: act outranks read', () => {
  let t: TestApp;
  beforeEach(async () => (t = await testApp()));
  afterEach(() => t.close());

  it('upgrades read to act in place; any other second circulation is a duplicate', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const water = await t.enroll('recipient', 'water');
    const doc = randomUUID();
    const first = circulate(doc, 'water', 'read');
    await t.push(clerk.token, [docPut(doc), first]);
    const { cursor } = await t.pull(water.token);
    expect((await t.push(clerk.token, [circulate(doc, 'water', 'read')]))[0].status).toBe('duplicate');
    const upgrade = circulate(doc, 'water', 'act');
    expect((await t.push(clerk.token, [upgrade]))[0]).toEqual({ id: upgrade.id, status: 'applied' });
    expect((await t.push(clerk.token, [upgrade]))[0].status).toBe('duplicate');
    expect((await t.push(clerk.token, [circulate(doc, 'water', 'act')]))[0].status).toBe('duplicate');
    expect((await t.push(clerk.token, [circulate(doc, 'water', 'read')]))[0].status).toBe('duplicate');
    const news = (await t.pull(water.token, cursor)).changes;
    expect(news).toEqual([{ seq: expect.any(Number), entity: 'circulation', data: expect.objectContaining({ id: first.payload.id, kind: 'act', unitId: 'water' }) }]);
    const [entry] = await recentAudit(t.storage.db, 1);
    expect(entry).toMatchObject({ action: 'circulation.upgrade', entityId: first.payload.id, actor: clerk.user.id });
  });
});
