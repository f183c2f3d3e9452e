import { ackDocumentIds, refreshCopies, refreshOutboxMarks, type CirculateDb, type OutboxRow } from '../db';
import { WRITE_TABLES } from './outbox';

/** Where a piece of work done on this device stands with the service, while it is still in the outbox. */
export interface OutboxMark {
  state: OutboxRow['state'];
  /** The service's reason, when it refused the work. */
  reason?: string;
  entryId: string;
}

/** What a mark is about: this unit's acknowledgement of a document, or its latest update of a task. */
export type MarkSubject = { kind: 'ack'; documentId: string } | { kind: 'task'; taskId: string };

function about(e: OutboxRow, s: MarkSubject): boolean {
  if (s.kind === 'ack') return e.type === 'ack.create' && e.payload.documentId === s.documentId;
  return e.type === 'task.update' && e.payload.taskId === s.taskId;
}

/**
 * The outbox state of the newest entry about `subject`, or undefined once the service has it (the
 * entry leaves the outbox when applied). The outbox holds only what is not yet sent, so it is small.
 */
export async function outboxMark(db: CirculateDb, subject: MarkSubject): Promise<OutboxMark | undefined> {
  const entries = (await db.outbox.toArray()).filter((e) => about(e, subject));
  const last = entries.sort((a, b) => (a.id < b.id ? -1 : 1)).pop();
  return last ? { state: last.state, reason: last.reason, entryId: last.id } : undefined;
}

/** Every entry still in the outbox, oldest first, for Settings. */
export async function outboxEntries(db: CirculateDb): Promise<OutboxRow[]> {
  return db.outbox.orderBy('id').toArray();
}

/**
 * Drops an entry the user chose to give up, and takes back what it showed on this device: an
 * acknowledgement, a read receipt or a task update that never reached the service is not shown as
 * done. A document, circulation, task or reminder stays as a local record the user can change and
 * send again.
 */
export async function discardEntry(db: CirculateDb, id: string): Promise<void> {
  await db.transaction('rw', [...WRITE_TABLES], async () => {
    const e = await db.outbox.get(id);
    if (!e) return;
    await db.outbox.delete(id);
    const recordId = e.payload.id;
    if (e.type === 'ack.create' || e.type === 'read.create') {
      const table = e.type === 'ack.create' ? db.acks : db.reads;
      const row = await table.get(recordId);
      if (row) {
        await table.delete(recordId);
        await refreshCopies(db, [[row.unitId, row.documentId]]);
      }
    } else if (e.type === 'task.update') {
      await db.taskUpdates.delete(recordId);
    }
    await refreshOutboxMarks(db, ackDocumentIds([e]));
  });
}
