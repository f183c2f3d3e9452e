import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CirculateDb } from '../../extension/db';
import { WRITE_TABLES } from '../../extension/sync';
import { applyChanges } from '../../extension/sync/remote-apply';
import { sentView } from '../../extension/ui/sent-model';
import type { Change } from '../../shared/schemas';
import { circulationChange, documentChange, DOC_ID } from './fixtures';
import type { DocumentRow } from '../../extension/db';

const opened: CirculateDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const ack = (seq: number, unitId: string, userName?: string): Change => ({
  seq,
  entity: 'ack',
  data: { id: `01890000-0000-7000-8000-00000000010${seq}`, documentId: DOC_ID, unitId, userId: `user-${unitId}`, at: '2024-05-28T01:00:00.000Z', serverAt: '2024-05-28T01:00:05.000Z', ...(userName ? { userName } : {}) },
});

describe("the clerk's Sent view", () => {
  it('names who acknowledged by the name the service recorded, and by id only when it has none', async () => {
    const db = new CirculateDb(`t-sent-${Math.random()}`);
    opened.push(db);
    await db.open();
    const changes = [documentChange(1, DOC_ID, '一号纪要'), circulationChange(2, 'c1', DOC_ID, 'u-fin'), circulationChange(3, 'c2', DOC_ID, 'u-edu'), ack(4, 'u-fin', '李明'), ack(5, 'u-edu')];
    await db.transaction('rw', [...WRITE_TABLES, 'units'], async () => applyChanges(db, changes, new Set()));
    const view = await sentView(db, 'u-office');
    const copies = Object.fromEntries(view.items[0].copies.map((c) => [c.unitId, [c.state, c.by]]));
    expect(copies).toEqual({ 'u-fin': ['acknowledged', '李明'], 'u-edu': ['acknowledged', 'user-u-edu'] });
  });

  it("lists my unit's circulated documents newest first from the index, past pages of documents never circulated", async () => {
    const db = new CirculateDb(`t-sent-${Math.random()}`);
    opened.push(db);
    await db.open();
    const doc = (id: string, owner: string, day: number): DocumentRow => {
      const base = documentChange(1, id, `纪要 ${id}`).data as unknown as DocumentRow;
      return { ...base, status: 'saved', ownerUnitId: owner, savedAt: new Date(Date.UTC(2024, 0, 1) + day * 3600_000).toISOString() };
    };
    // 120 of mine never circulated, newer than the two I circulated; 30 of another unit, circulated.
    await db.documents.bulkPut([
      ...Array.from({ length: 120 }, (_, i) => doc(`mine-draft-${i}`, 'u-office', 100 + i)),
      doc('mine-old', 'u-office', 1),
      doc('mine-older', 'u-office', 0),
      ...Array.from({ length: 30 }, (_, i) => doc(`theirs-${i}`, 'u-other', 300 + i)),
    ]);
    const circ = (id: string, documentId: string) => ({ id, documentId, unitId: 'u-fin', kind: 'read' as const, createdBy: 'user-9', createdAt: '2024-05-27T10:00:00.000Z' });
    await db.circulations.bulkPut([circ('c-old', 'mine-old'), circ('c-older', 'mine-older'), ...Array.from({ length: 30 }, (_, i) => circ(`c-theirs-${i}`, `theirs-${i}`))]);
    const view = await sentView(db, 'u-office');
    expect(view.items.map((i) => i.doc.id)).toEqual(['mine-old', 'mine-older']);
    expect((await sentView(db, 'u-other')).items).toHaveLength(30);
  });
});
