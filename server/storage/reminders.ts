import type { Kysely } from 'kysely';
import { ownerFeed, unitFeed } from './feed';
import { reminderRecord } from './records';
import type { Database, WriteTx } from './types';

// Reminders (催办) to one unit, about a document or a task.

export const reminderExists = async (db: Kysely<Database>, id: string) =>
  !!(await db.selectFrom('reminders').select('id').where('id', '=', id).executeTakeFirst());

/** A reminder, as a change for the reminded unit only (and the document owner's clerks). */
export async function insertReminder(
  tx: WriteTx,
  r: {
    id: string;
    unitId: string;
    documentId: string | null;
    taskId: string | null;
    message: string;
    fromUserId: string | null;
    fromName: string | null;
    fromUnitId: string | null;
    at: string;
  },
  owner: string | null,
): Promise<void> {
  const row = {
    id: r.id,
    unit_id: r.unitId,
    document_id: r.documentId,
    task_id: r.taskId,
    message: r.message,
    from_user_id: r.fromUserId,
    from_name: r.fromName,
    from_unit_id: r.fromUnitId,
    at: r.at,
    server_at: tx.now,
  };
  await tx.db.insertInto('reminders').values(row).execute();
  const feeds = owner ? [unitFeed(r.unitId), ownerFeed(owner)] : [unitFeed(r.unitId)];
  await tx.change({ entity: 'reminder', entityId: r.id, feeds, data: reminderRecord(row) });
}
