import { getTask, insertTaskUpdate, latestUpdateKind, taskUnitIds, taskUpdateExists } from '../../storage/tasks';
import { canUpdateTask } from '../guards';
import { applied, auditOf, duplicate, rejected, type ApplyContext, type Outcome } from '../outcome';

/**
 * Appends to a task's history. Its units report progress and ask to close (申请办结); a supervisor
 * closes (办结) or returns it (退回). Updates are never overwritten: status is the latest one.
 */
export async function applyTaskUpdate(ctx: ApplyContext<'task.update'>): Promise<Outcome> {
  const { tx, who } = ctx;
  const p = ctx.mutation.payload;
  const task = await getTask(tx.db, p.taskId);
  if (!task) return rejected('unknown task');
  const units = await taskUnitIds(tx.db, p.taskId);
  const refused = canUpdateTask(who, p.kind, units, await latestUpdateKind(tx.db, p.taskId), p.note);
  if (refused) return rejected(refused);
  if (await taskUpdateExists(tx.db, p.id)) return duplicate('an update with this id exists');
  const update = { id: p.id, taskId: p.taskId, kind: p.kind, note: p.note, unitId: who.unitId, userId: who.userId, userName: who.name, at: ctx.mutation.at };
  await insertTaskUpdate(tx, update, { units, owner: task.owner_unit_id });
  await tx.audit(auditOf(ctx, 'taskUpdate', p.id));
  return applied();
}
