import type { Mutation } from '../../shared/schemas';
import { headOf, noteReminders, refreshCopies, refreshHeads, type CirculateDb, type DocumentRow } from '../db';

/** Who makes a mutation on this device, as the service told us at enrollment. */
export interface Actor {
  userId?: string;
  unitId: string;
}

/**
 * Writes the local record a mutation stands for, so the UI shows the work at once, offline too, and
 * the Inbox copy it changes (call inside a transaction over WRITE_TABLES).
 * The server keeps its own copy, which a later pull writes over this one.
 */
export async function applyLocal(db: CirculateDb, m: Mutation, actor: Actor): Promise<void> {
  switch (m.type) {
    case 'document.put': {
      const p = m.payload;
      const existing = await db.documents.get(p.id);
      const row: DocumentRow = {
        id: p.id,
        url: p.url,
        contentHash: p.contentHash,
        title: p.title,
        meetingDate: p.meetingDate ?? null,
        draft: p.draft,
        status: existing?.status === 'needs-manual' ? 'needs-manual' : 'saved',
        savedAt: m.at,
        serverVersion: existing?.serverVersion,
        ownerUnitId: existing?.ownerUnitId ?? actor.unitId,
      };
      await db.documents.put(row);
      await refreshHeads(db, new Map([[row.id, headOf(row)]]));
      return;
    }
    case 'circulation.create':
      await db.circulations.put({ ...m.payload, createdBy: actor.userId, createdAt: m.at });
      await refreshCopies(db, [[m.payload.unitId, m.payload.documentId]]);
      return;
    case 'ack.create':
      await db.acks.put({ ...m.payload, unitId: actor.unitId, userId: actor.userId, at: m.at });
      await refreshCopies(db, [[actor.unitId, m.payload.documentId]]);
      return;
    case 'read.create':
      await db.reads.put({ ...m.payload, unitId: actor.unitId, userId: actor.userId, at: m.at });
      await refreshCopies(db, [[actor.unitId, m.payload.documentId]]);
      return;
    case 'task.create':
      await db.tasks.put({ ...m.payload, createdBy: actor.userId, createdAt: m.at });
      return;
    case 'task.update':
      await db.taskUpdates.put({ ...m.payload, unitId: actor.unitId, userId: actor.userId, at: m.at });
      return;
    case 'reminder.create':
    {
      const reminder = { ...m.payload, fromUserId: actor.userId ?? null, at: m.at };
      await db.reminders.put(reminder);
      await noteReminders(db, [reminder]);
      return;
    }
    case 'unit.propose':
      // Pending at once, so the Capture view can circulate to it; the pull brings the service's record.
      await db.proposals.put({
        ...m.payload,
        status: 'pending',
        unitId: null,
        reason: null,
        proposedBy: actor.userId,
        proposerUnitId: actor.unitId,
        createdAt: m.at,
      });
      return;
    case 'unit.alias':
      // The directory learns it from the service (a clerk's alias may be refused there).
      return;
  }
}
