import type { Change } from '../../shared/schemas';
import { unitKeys, type CirculateDb } from '../db';

/**
 * Writes one pulled change into the local tables (call inside the pull's transaction). The server's
 * record replaces the local one, except a document the user has edited since and not yet pushed:
 * that keeps the local content and only learns the server's version. Returns whether the record is
 * new on this device (for notifications).
 */
export async function applyRemote(db: CirculateDb, change: Change, locallyEdited: ReadonlySet<string>): Promise<boolean> {
  switch (change.entity) {
    case 'document': {
      const d = change.data;
      const existing = await db.documents.get(d.id);
      if (existing && locallyEdited.has(d.id)) {
        await db.documents.update(d.id, { serverVersion: d.version, ownerUnitId: d.ownerUnitId });
        return false;
      }
      await db.documents.put({
        id: d.id,
        url: d.url,
        contentHash: d.contentHash,
        title: d.title,
        meetingDate: d.meetingDate,
        draft: d.draft,
        status: existing?.status === 'needs-manual' ? 'needs-manual' : 'saved',
        savedAt: d.updatedAt,
        serverVersion: d.version,
        ownerUnitId: d.ownerUnitId,
      });
      return !existing;
    }
    case 'circulation':
      return putCirculation(db, change.data);
    case 'ack':
      return putNew(db.acks, change.data);
    case 'read':
      return putNew(db.reads, change.data);
    case 'task':
      return putNew(db.tasks, change.data);
    case 'taskUpdate':
      return putNew(db.taskUpdates, { ...change.data, seq: change.seq });
    case 'reminder':
      return putNew(db.reminders, change.data);
    case 'unit':
      return putNew(db.units, { ...change.data, keys: unitKeys(change.data) });
  }
}

/**
 * One circulation per (document, unit): the service may change a circulation in place under its
 * original id (read upgraded to act), while this device holds its own row for the pair under
 * another id. The server's row replaces any local one for the same pair.
 */
async function putCirculation(db: CirculateDb, row: Extract<Change, { entity: 'circulation' }>['data']): Promise<boolean> {
  const same = await db.circulations.where('[documentId+unitId]').equals([row.documentId, row.unitId]).primaryKeys();
  const others = same.filter((id) => id !== row.id);
  if (others.length) await db.circulations.bulkDelete(others);
  await db.circulations.put(row);
  return same.length === 0;
}

async function putNew<T extends { id: string }>(
  table: { get(id: string): Promise<unknown>; put(row: T): Promise<unknown> },
  row: T,
): Promise<boolean> {
  const existed = (await table.get(row.id)) !== undefined;
  await table.put(row);
  return !existed;
}
