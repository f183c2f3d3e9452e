import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CirculateDb } from '../../extension/db';
import { WRITE_TABLES } from '../../extension/sync';
import { applyChanges } from '../../extension/sync/remote-apply';
import { sentView } from '../../extension/ui/sent-model';
import type { Change } from '../../shared/schemas';
import { circulationChange, documentChange, DOC_ID } from './fixtures';

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
});
