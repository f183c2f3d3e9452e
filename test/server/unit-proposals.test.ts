import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideProposal } from '../../server/storage/unit-proposals';
import { ack, circulate, docPut, taskCreate } from './mutations';
import { testApp, type TestApp } from './harness';

const m = (type: string, payload: Record<string, unknown>) => ({ id: randomUUID(), type, at: new Date().toISOString(), payload });
const propose = (name: string, extra: Record<string, unknown> = {}) => m('unit.propose', { id: randomUUID(), name, ...extra });
const alias = (unitId: string, name: string) => m('unit.alias', { id: randomUUID(), unitId, alias: name });

describe('a clerk proposes a unit, an admin decides', () => {
  let t: TestApp;
  beforeEach(async () => (t = await testApp()));
  afterEach(() => t.close());

  const proposalsIn = (changes: { entity: string; data: any }[]) => changes.filter((c) => c.entity === 'unitProposal').map((c) => c.data);

  it('holds the copy for a proposed unit and delivers it when an admin approves', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const other = await t.enroll('clerk', 'water');
    const doc = randomUUID();
    const p = propose('县乡村振兴局', { note: 'on the list of minutes 3' });
    const results = await t.push(clerk.token, [p, docPut(doc), circulate(doc, p.payload.id as string)]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    // Pending: not in the directory, no code can be made for it; its clerks see it, others do not.
    const units = await (await t.request('/api/units', { headers: t.auth(clerk.token) })).json();
    expect(units.units.map((u: { id: string }) => u.id)).not.toContain(p.payload.id);
    expect(proposalsIn((await t.pull(clerk.token)).changes)).toEqual([expect.objectContaining({ id: p.payload.id, status: 'pending', name: '县乡村振兴局', proposerUnitId: 'office' })]);
    expect(proposalsIn((await t.pull(other.token)).changes)).toEqual([]);
    const listed = await (await t.request('/api/units/proposals', { headers: t.auth(clerk.token) })).json();
    expect(listed.proposals.map((x: { id: string }) => x.id)).toEqual([p.payload.id]);
    expect((await (await t.request('/api/units/proposals', { headers: t.auth(other.token) })).json()).proposals).toEqual([]);

    const admin = await t.enroll('admin', 'bureau');
    const decided = await t.storage.write((tx) => decideProposal(tx, p.payload.id as string, { kind: 'approve' }, admin.user.id));
    expect(decided).toMatchObject({ ok: true, proposal: { status: 'approved', unitId: p.payload.id, decidedBy: admin.user.id } });
    // The new unit's recipient pulls the waiting copy and acknowledges it.
    const recipient = await t.enroll('recipient', p.payload.id as string);
    const pulled = await t.pull(recipient.token);
    expect(pulled.changes.filter((c) => c.entity === 'circulation').map((c) => c.data.documentId)).toEqual([doc]);
    expect(pulled.changes.some((c) => c.entity === 'document' && c.data.id === doc)).toBe(true);
    expect((await t.push(recipient.token, [ack(doc)]))[0].status).toBe('applied');
    // Every client's directory learns the unit; the clerk sees the decision.
    expect((await t.pull(other.token)).changes.some((c) => c.entity === 'unit' && c.data.id === p.payload.id)).toBe(true);
    expect(proposalsIn((await t.pull(clerk.token)).changes).at(-1)).toMatchObject({ status: 'approved' });
    // Decided once only.
    expect(await t.storage.write((tx) => decideProposal(tx, p.payload.id as string, { kind: 'approve' }, admin.user.id))).toEqual({ ok: false, reason: 'decided' });
  });

  it('shows the clerk a rejection with its reason; the rejected unit receives nothing more', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const p = propose('Made-up Office');
    const doc = randomUUID();
    await t.push(clerk.token, [p, docPut(doc)]);
    expect(await t.storage.write((tx) => decideProposal(tx, p.payload.id as string, { kind: 'reject', reason: '  ' }, 'admin'))).toEqual({ ok: false, reason: 'no_reason' });
    await t.storage.write((tx) => decideProposal(tx, p.payload.id as string, { kind: 'reject', reason: 'No such office: use the Water Bureau' }, 'admin'));
    const mine = proposalsIn((await t.pull(clerk.token)).changes);
    expect(mine.at(-1)).toMatchObject({ id: p.payload.id, status: 'rejected', reason: 'No such office: use the Water Bureau', decidedBy: 'admin' });
    const late = await t.push(clerk.token, [circulate(doc, p.payload.id as string)]);
    expect(late[0]).toMatchObject({ status: 'rejected', reason: `unknown unit "${p.payload.id}"` });
  });

  it('hands a merged proposal’s copies and tasks to the unit it was merged into', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const p = propose('县水务局办公室');
    const id = p.payload.id as string;
    const doc = randomUUID();
    const task = taskCreate(doc, id);
    expect((await t.push(clerk.token, [p, docPut(doc), circulate(doc, id, 'act'), task])).map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    const water = await t.enroll('recipient', 'water');
    const before = (await t.pull(water.token)).cursor;
    expect(await t.storage.write((tx) => decideProposal(tx, id, { kind: 'merge', into: 'nowhere' }, 'admin'))).toEqual({ ok: false, reason: 'unknown_target' });
    expect(await t.storage.write((tx) => decideProposal(tx, id, { kind: 'merge', into: 'water' }, 'admin'))).toMatchObject({ ok: true, proposal: { status: 'merged', unitId: 'water' } });
    const got = (await t.pull(water.token, before)).changes;
    expect(got.filter((c) => c.entity === 'circulation').map((c) => [c.data.documentId, c.data.unitId, c.data.kind])).toEqual([[doc, 'water', 'act']]);
    expect(got.filter((c) => c.entity === 'task').map((c) => [c.data.id, c.data.leadUnitId])).toEqual([[task.payload.id, 'water']]);
    // The proposed name now finds the unit it was merged into.
    const resolved = await (await t.request(`/api/units/resolve?name=${encodeURIComponent('县水务局办公室')}`, { headers: t.auth(water.token) })).json();
    expect(resolved).toMatchObject({ state: 'matched', match: { id: 'water' } });
    expect((await t.push(water.token, [ack(doc)]))[0].status).toBe('applied');
  });

  it('refuses proposals from recipients, for a name the directory holds, and a second use of an id', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const recipient = await t.enroll('recipient', 'water');
    expect((await t.push(recipient.token, [propose('Anything')]))[0]).toMatchObject({ status: 'rejected', reason: 'only a clerk or an admin can propose units' });
    expect((await t.push(clerk.token, [propose('林业局')]))[0]).toMatchObject({ status: 'rejected', reason: expect.stringContaining('choose it instead') });
    expect((await t.push(clerk.token, [propose('New Office', { parentId: 'atlantis' })]))[0]).toMatchObject({ status: 'rejected', reason: 'unknown parent unit "atlantis"' });
    const p = propose('New Office', { parentId: 'bureau' });
    expect((await t.push(clerk.token, [p]))[0].status).toBe('applied');
    expect((await t.push(clerk.token, [{ ...p, id: randomUUID() }]))[0].status).toBe('duplicate');
  });
});

describe("a clerk's alias travels through the outbox and cannot redirect another unit's name", () => {
  let t: TestApp;
  beforeEach(async () => (t = await testApp()));
  afterEach(() => t.close());

  it('adds a new name, refuses one another unit holds or the directory reads as another unit; an admin may redirect', async () => {
    const clerk = await t.enroll('clerk', 'office');
    const water = await t.enroll('recipient', 'water');
    const before = (await t.pull(water.token)).cursor;
    expect((await t.push(clerk.token, [alias('forestry', '县林业和草原局')]))[0].status).toBe('applied');
    expect((await t.pull(water.token, before)).changes).toEqual([expect.objectContaining({ entity: 'unit', data: expect.objectContaining({ id: 'forestry', aliases: expect.arrayContaining(['县林业和草原局']) }) })]);
    expect((await t.push(clerk.token, [alias('water', '林业局')]))[0]).toMatchObject({ status: 'rejected', reason: '"林业局" already names unit "forestry"' });
    // "the forestry bureau office" reads as forestry: a clerk may not point it at water.
    const redirect = await t.push(clerk.token, [alias('water', 'the Forestry Bureau office')]);
    expect(redirect[0]).toMatchObject({ status: 'rejected', reason: expect.stringContaining('only an admin can point it at another unit') });
    const http = await t.json('POST', '/api/units/water/aliases', { alias: 'the Forestry Bureau office' }, t.auth(clerk.token));
    expect(http.status).toBe(403);
    expect((await http.json()).error.code).toBe('alias_needs_admin');
    const admin = await t.enroll('admin', 'bureau');
    expect((await t.push(admin.token, [alias('water', 'the Forestry Bureau office')]))[0].status).toBe('applied');
    expect((await t.push(water.token, [alias('water', 'Waterworks')]))[0]).toMatchObject({ status: 'rejected', reason: 'only a clerk or an admin can add unit aliases' });
  });

  it("keeps another unit's pending proposal out of a clerk's reach", async () => {
    const clerk = await t.enroll('clerk', 'office');
    const other = await t.enroll('clerk', 'water');
    const p = propose('Rural Office');
    await t.push(clerk.token, [p]);
    expect((await t.push(other.token, [alias(p.payload.id as string, 'RO')]))[0].status).toBe('rejected');
    expect((await t.push(clerk.token, [alias(p.payload.id as string, 'RO')]))[0].status).toBe('applied');
  });
});
