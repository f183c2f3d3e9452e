import { reminderRecord } from '../../storage/records';
import { getDocument, getTask, unitExists } from '../lookups';
import { applied, auditOf, duplicate, rejected, type ApplyContext, type Outcome } from '../outcome';

/** A reminder (催办) from a supervisor to one unit, about a document or a task. */
export async function applyReminderCreate(ctx: ApplyContext<'reminder.create'>): Promise<Outcome> {
  const { tx, who } = ctx;
  const p = ctx.mutation.payload;
  if (who.role !== 'supervisor' && who.role !== 'admin') return rejected('only a supervisor can send reminders');
  if (!(await unitExists(tx, p.unitId))) return rejected(`unknown unit "${p.unitId}"`);
  if (p.documentId && !(await getDocument(tx, p.documentId))) return rejected('unknown document');
  const task = p.taskId ? await getTask(tx, p.taskId) : undefined;
  if (p.taskId && !task) return rejected('unknown task');
  if (await tx.db.selectFrom('reminders').select('id').where('id', '=', p.id).executeTakeFirst()) return duplicate('a reminder with this id exists');
  const row = {
    id: p.id,
    unit_id: p.unitId,
    document_id: p.documentId ?? task?.document_id ?? null,
    task_id: p.taskId,
    message: p.message,
    from_user_id: who.userId,
    at: ctx.mutation.at,
    server_at: tx.now,
  };
  await tx.db.insertInto('reminders').values(row).execute();
  // Only the reminded unit (and the document's clerks) see it, not every unit of the task.
  await tx.change({ entity: 'reminder', entityId: p.id, documentId: row.document_id, unitId: p.unitId, data: reminderRecord(row) });
  await tx.audit(auditOf(ctx, 'reminder', p.id));
  return applied();
}
