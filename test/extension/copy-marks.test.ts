import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CirculateDb, inboxPage, type InboxItem } from '../../extension/db';
import { SCHEMA_V1, SCHEMA_V4_ADDS, SCHEMA_V7_ADDS, SCHEMA_V8_CHANGES } from '../../extension/db/database';
import { discardEntry, enqueue, push, retryRejected, WRITE_TABLES } from '../../extension/sync';
import { applyChanges } from '../../extension/sync/remote-apply';
import type { Change } from '../../shared/schemas';
import { FakeService } from './fake-service';
import { circulationChange, DOC_ID, DOC_ID_2, documentChange, draft } from './fixtures';

/*
 * The Inbox reads only copy rows (schema version 9): every writer of the reminders and of the
 * outbox keeps the marks on the copies right, in the same transaction. One case per writer.
 */
let db: CirculateDb;
let svc: FakeService;
let n = 0;
const ME = { userId: 'user-2', unitId: 'u-fin' };
const pulled = (changes: Change[]) => db.transaction('rw', [...WRITE_TABLES, 'units'], async () => applyChanges(db, changes, new Set()));
const conn = () => ({ server: 'http://svc.test/', token: svc.token, fetch: svc.fetch });
const ackId = (i: number) => `01890000-0000-7000-8000-0000000001${String(i).padStart(2, '0')}`;
const ack = (i: number, documentId = DOC_ID) => ({ type: 'ack.create' as const, payload: { id: ackId(i), documentId } });
const reminderChange = (seq: number, i: number, at: string, message: string, documentId = DOC_ID, unitId = 'u-fin'): Change => ({
  seq,
  entity: 'reminder',
  data: { id: `01890000-0000-7000-8000-0000000002${String(i).padStart(2, '0')}`, unitId, documentId, taskId: null, message, fromUserId: 's', at },
});
/** The item the Inbox shows for a document, read as the Inbox reads it (copy rows only). */
const item = async (documentId = DOC_ID): Promise<InboxItem | undefined> => (await inboxPage(db, 'u-fin', 50)).items.find((i) => i.documentId === documentId);

beforeEach(async () => {
  db = new CirculateDb(`t-copy-marks-${n++}`);
  await db.open();
  svc = new FakeService();
  await pulled([documentChange(1, DOC_ID, '一号纪要'), documentChange(2, DOC_ID_2, '二号纪要'), circulationChange(3, 'c1', DOC_ID, 'u-fin'), circulationChange(4, 'c2', DOC_ID_2, 'u-fin')]);
});
afterEach(async () => {
  await db.delete();
});

describe('the outbox marks on copies', () => {
  it('enqueue: an acknowledgement made here is marked 待发送 on its copy at once', async () => {
    await enqueue(db, ack(1), ME);
    expect(await db.copies.get(['u-fin', DOC_ID])).toMatchObject({ acked: 1, ackMark: { state: 'pending' } });
    expect(await item()).toMatchObject({ acked: true, ackMark: { state: 'pending' } });
    // The other copy is untouched.
    expect((await db.copies.get(['u-fin', DOC_ID_2]))?.ackMark).toBeUndefined();
  });

  it('push: a delivered acknowledgement loses its mark', async () => {
    await enqueue(db, ack(1), ME);
    await push(db, conn());
    expect(await db.outbox.count()).toBe(0);
    const copy = await db.copies.get(['u-fin', DOC_ID]);
    expect(copy?.ackMark).toBeUndefined();
    expect(copy?.ackRefusals).toBeUndefined();
    expect(await item()).toMatchObject({ acked: true, ackMark: undefined });
  });

  it('push: an acknowledgement the service refuses shows the reason, not the acknowledged mark', async () => {
    await enqueue(db, ack(1), ME);
    svc.judge = (m) => ({ id: m.id, status: 'rejected', reason: 'not circulated to your unit' });
    await push(db, conn());
    expect(await db.copies.get(['u-fin', DOC_ID])).toMatchObject({ ackMark: { state: 'rejected', reason: 'not circulated to your unit' }, ackRefusals: { [ackId(1)]: 'not circulated to your unit' } });
    expect(await item()).toMatchObject({ acked: false, ackRefused: 'not circulated to your unit' });
  });

  it('push: an entry refused alone after its batch was refused as a whole is marked so', async () => {
    const [bad] = await enqueue(db, [ack(1), ack(2, DOC_ID_2)], ME);
    svc.refuseBatch = (ms) => (ms.some((m) => m.id === bad.id) ? 422 : null);
    await push(db, conn());
    expect(await item()).toMatchObject({ acked: false, ackRefused: 'batch refused with 422' });
    expect(await item(DOC_ID_2)).toMatchObject({ acked: true, ackMark: undefined });
  });

  it('retryRejected: a refused acknowledgement sent again is 待发送 and counts again', async () => {
    const [m] = await enqueue(db, ack(1), ME);
    svc.judge = (x) => ({ id: x.id, status: 'rejected', reason: 'no' });
    await push(db, conn());
    await retryRejected(db, m.id);
    expect((await db.copies.get(['u-fin', DOC_ID]))?.ackRefusals).toBeUndefined();
    expect(await item()).toMatchObject({ acked: true, ackMark: { state: 'pending' }, ackRefused: undefined });
  });

  it('discardEntry: a discarded acknowledgement takes its mark and the acknowledgement back', async () => {
    const [m] = await enqueue(db, ack(1), ME);
    await discardEntry(db, m.id);
    const copy = await db.copies.get(['u-fin', DOC_ID]);
    expect(copy).toMatchObject({ acked: 0 });
    expect(copy?.ackMark).toBeUndefined();
    expect(await item()).toMatchObject({ acked: false, ackMark: undefined });
  });

  it('a copy rebuilt by another write (a read receipt) keeps its marks', async () => {
    await enqueue(db, ack(1), ME);
    await pulled([reminderChange(5, 1, '2024-06-01T00:00:00Z', '请签收')]);
    await enqueue(db, { type: 'read.create', payload: { id: ackId(9), documentId: DOC_ID } }, ME);
    expect(await item()).toMatchObject({ read: true, ackMark: { state: 'pending' }, reminder: { message: '请签收' } });
  });
});

describe('the reminder on copies', () => {
  it('pull: the latest reminder to the unit about a document is on its copy; an older one pulled later does not replace it', async () => {
    await pulled([reminderChange(5, 1, '2024-06-05T00:00:00Z', '第二次催办'), reminderChange(6, 2, '2024-06-01T00:00:00Z', '请尽快签收')]);
    expect((await item())?.reminder?.message).toBe('第二次催办');
    await pulled([reminderChange(7, 3, '2024-06-02T00:00:00Z', '迟到的旧催办')]);
    expect((await item())?.reminder?.message).toBe('第二次催办');
    await pulled([reminderChange(8, 4, '2024-06-09T00:00:00Z', '第三次催办'), reminderChange(9, 5, '2024-06-09T00:00:00Z', '给别的单位', DOC_ID, 'u-other')]);
    expect((await item())?.reminder?.message).toBe('第三次催办');
    expect((await item(DOC_ID_2))?.reminder).toBeUndefined();
  });

  it('local reminder.create: a reminder written on this device is on the copy it is about', async () => {
    await enqueue(db, { type: 'reminder.create', payload: { id: ackId(7), unitId: 'u-fin', documentId: DOC_ID_2, taskId: null, message: '请尽快办理' } }, { userId: 'sup', unitId: 'bureau' });
    expect((await item(DOC_ID_2))?.reminder).toMatchObject({ message: '请尽快办理', fromUserId: 'sup' });
  });

  it('a copy made after its reminder and its outbox entry exist gets both', async () => {
    const LATE = '01890000-0000-7000-8000-0000000000aa';
    await pulled([reminderChange(5, 1, '2024-06-01T00:00:00Z', '先到的催办', LATE)]);
    await enqueue(db, ack(1, LATE), ME);
    await pulled([documentChange(6, LATE, '迟到的纪要'), circulationChange(7, 'c9', LATE, 'u-fin')]);
    expect(await item(LATE)).toMatchObject({ title: '迟到的纪要', acked: true, ackMark: { state: 'pending' }, reminder: { message: '先到的催办' } });
  });
});

describe('schema version 9', () => {
  it('upgrades a version 8 database: copies get their reminder and outbox marks', async () => {
    const v8 = new Dexie('t-upgrade-v8');
    v8.version(1).stores(SCHEMA_V1);
    v8.version(2).stores({ units: 'id, name, *keys', captures: 'id, capturedAt' });
    v8.version(3).stores({ captureEdits: 'documentId, url' });
    v8.version(4).stores(SCHEMA_V4_ADDS);
    v8.version(5).stores({ drafts: 'captureId, url' });
    v8.version(6).stores({ device: 'key' });
    v8.version(7).stores(SCHEMA_V7_ADDS);
    v8.version(8).stores(SCHEMA_V8_CHANGES);
    await v8.open();
    const copy = (documentId: string, title: string, ackIds: string[]) => ({
      unitId: 'u-fin', documentId, kind: 'read', circulatedAt: '2024-05-27T10:00:00Z', listedAt: '2024-05-27T10:00:00Z', title, meetingDate: null, docNumber: null, read: 1, acked: ackIds.length ? 1 : 0, ackIds,
    });
    await v8.table('documents').bulkPut([DOC_ID, DOC_ID_2].map((id) => ({ id, url: `https://oa/${id}`, contentHash: 'h', title: id, meetingDate: null, draft: draft(), status: 'saved', savedAt: 'x' })));
    await v8.table('copies').bulkPut([copy(DOC_ID, '一号', [ackId(1)]), copy(DOC_ID_2, '二号', [ackId(2)])]);
    await v8.table('reminders').bulkPut([
      { id: 'r1', unitId: 'u-fin', documentId: DOC_ID, taskId: null, message: '旧', fromUserId: 's', at: '2024-06-01' },
      { id: 'r2', unitId: 'u-fin', documentId: DOC_ID, taskId: null, message: '新', fromUserId: 's', at: '2024-06-05' },
    ]);
    await v8.table('outbox').bulkPut([
      { id: '01890000-0000-7000-8000-000000000301', type: 'ack.create', at: 'x', payload: { id: ackId(1), documentId: DOC_ID }, state: 'pending', tries: 0, nextAttemptAt: 0 },
      { id: '01890000-0000-7000-8000-000000000302', type: 'ack.create', at: 'x', payload: { id: ackId(2), documentId: DOC_ID_2 }, state: 'rejected', reason: 'no', tries: 1, nextAttemptAt: 0 },
    ]);
    v8.close();

    const up = new CirculateDb('t-upgrade-v8');
    try {
      await up.open();
      expect(up.verno).toBe(9);
      const page = await inboxPage(up, 'u-fin', 50);
      const by = new Map(page.items.map((i) => [i.documentId, i]));
      expect(by.get(DOC_ID)).toMatchObject({ acked: true, ackMark: { state: 'pending' }, reminder: { id: 'r2', message: '新' } });
      expect(by.get(DOC_ID_2)).toMatchObject({ acked: false, ackRefused: 'no', ackMark: { state: 'rejected', reason: 'no' }, reminder: undefined });
    } finally {
      await up.delete();
    }
  });
});
