import { getDocument } from '../../storage/documents';
import { insertReminder, reminderExists } from '../../storage/reminders';
import { getTask } from '../../storage/tasks';
import { missingUnits } from '../../storage/units';
import { canRemind, isScheduler, unknownUnit } from '../guards';
import { applied, auditOf, duplicate, rejected, type ApplyContext, type Outcome } from '../outcome';

/** A reminder (催办) to one unit, about a document or a task: from a supervisor, or from the schedule. */
export async function applyReminderCreate(ctx: ApplyContext<'reminder.create'>): Promise<Outcome> {
  const { tx, who } = ctx;
  const p = ctx.mutation.payload;
  const refused = canRemind(who) ?? unknownUnit(await missingUnits(tx.db, [p.unitId]));
  if (refused) return rejected(refused);
  const doc = p.documentId ? await getDocument(tx.db, p.documentId) : undefined;
  if (p.documentId && !doc) return rejected('unknown document');
  const task = p.taskId ? await getTask(tx.db, p.taskId) : undefined;
  if (p.taskId && !task) return rejected('unknown task');
  if (await reminderExists(tx.db, p.id)) return duplicate('a reminder with this id exists');
  const reminder = {
    id: p.id,
    unitId: p.unitId,
    documentId: p.documentId ?? task?.document_id ?? null,
    taskId: p.taskId,
    message: p.message,
    fromUserId: isScheduler(who) ? null : who.userId,
    fromName: isScheduler(who) ? null : who.name,
    fromUnitId: isScheduler(who) ? null : who.unitId,
    at: ctx.mutation.at,
  };
  // Only the reminded unit (and the document's clerks) see it, not every unit of the task.
  await insertReminder(tx, reminder, doc?.owner_unit_id ?? task?.owner_unit_id ?? null);
  await tx.audit(auditOf(ctx, 'reminder', p.id));
  return applied();
}
