import type { WriteTx } from '../storage/types';

// Small reads the appliers share, inside their write transaction.

export const getDocument = (tx: WriteTx, id: string) =>
  tx.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();

export const unitExists = async (tx: WriteTx, id: string) =>
  !!(await tx.db.selectFrom('units').select('id').where('id', '=', id).executeTakeFirst());

export const isCirculatedTo = async (tx: WriteTx, documentId: string, unitId: string) =>
  !!(await tx.db
    .selectFrom('circulations')
    .select('id')
    .where('document_id', '=', documentId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst());

export const getTask = (tx: WriteTx, id: string) => tx.db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();

/** The kind of a task's latest update in server order, or null when it has none. */
export async function latestTaskUpdateKind(tx: WriteTx, taskId: string): Promise<string | null> {
  const row = await tx.db
    .selectFrom('task_updates')
    .select('kind')
    .where('task_id', '=', taskId)
    .orderBy('server_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.kind ?? null;
}
