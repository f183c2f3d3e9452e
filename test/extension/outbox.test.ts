import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CirculateDb } from '../../extension/db';
import { enqueue, pendingEntries } from '../../extension/sync';
import { DOC_ID, draft } from './fixtures';

let db: CirculateDb;
let n = 0;
beforeEach(async () => {
  db = new CirculateDb(`t-outbox-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const actor = { userId: 'user-1', unitId: 'u-office' };
const docPut = () => ({
  type: 'document.put' as const,
  payload: { id: DOC_ID, contentHash: 'abcdef0123', url: 'https://oa.example/1', title: '纪要', meetingDate: '2024-05-26', draft: draft() },
});

describe('enqueue', () => {
  it('writes the local record and its outbox entry together', async () => {
    const [m] = await enqueue(db, docPut(), actor);
    const doc = await db.documents.get(DOC_ID);
    expect(doc).toMatchObject({ id: DOC_ID, title: '纪要', status: 'saved', ownerUnitId: 'u-office', savedAt: m.at });
    const out = await db.outbox.get(m.id);
    expect(out).toMatchObject({ type: 'document.put', state: 'pending', tries: 0, payload: { id: DOC_ID } });
  });

  it('records acks, reads and circulations with the actor and keeps outbox order', async () => {
    const ms = await enqueue(
      db,
      [
        docPut(),
        { type: 'circulation.create', payload: { id: '01890000-0000-7000-8000-0000000000c1', documentId: DOC_ID, unitId: 'u-fin', kind: 'read' } },
        { type: 'ack.create', payload: { id: '01890000-0000-7000-8000-0000000000a1', documentId: DOC_ID } },
        { type: 'read.create', payload: { id: '01890000-0000-7000-8000-0000000000b1', documentId: DOC_ID } },
      ],
      actor,
    );
    expect((await pendingEntries(db)).map((e) => e.id)).toEqual(ms.map((m) => m.id));
    expect(await db.circulations.where({ documentId: DOC_ID, unitId: 'u-fin' }).count()).toBe(1);
    expect(await db.acks.get('01890000-0000-7000-8000-0000000000a1')).toMatchObject({ unitId: 'u-office', userId: 'user-1' });
    expect(await db.reads.count()).toBe(1);
  });

  it('rejects an invalid mutation before writing anything', async () => {
    await expect(
      enqueue(db, [docPut(), { type: 'ack.create', payload: { id: 'not-a-uuid', documentId: DOC_ID } }], actor),
    ).rejects.toThrow();
    expect(await db.documents.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('writes nothing when the outbox write fails (one transaction)', async () => {
    const add = vi.spyOn(db.outbox, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(enqueue(db, docPut(), actor)).rejects.toThrow('disk full');
    add.mockRestore();
    expect(await db.documents.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
